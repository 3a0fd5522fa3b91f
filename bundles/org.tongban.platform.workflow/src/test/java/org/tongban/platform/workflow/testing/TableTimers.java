package org.tongban.platform.workflow.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.scheduler.Timers;

/**
 * Durable timers in a table of the test database, written in the caller's transaction as the platform scheduler's
 * are; {@link #fireDue} hands the due ones to their handlers as the scheduler would once their time has come, so that
 * the tests move time with a clock instead of waiting for it.
 */
public final class TableTimers implements Timers {
    public static final String TABLE = "CREATE TABLE test_timer (name VARCHAR(100) NOT NULL, id VARCHAR(140) NOT NULL,"
            + " due_at TIMESTAMP WITH TIME ZONE NOT NULL, payload VARCHAR(2000) NOT NULL, PRIMARY KEY (name, id))";

    private final Transactions tx;

    public TableTimers(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void schedule(String name, String id, Instant at, Map<String, String> payload) {
        StringBuilder text = new StringBuilder();
        payload.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        tx.required(c -> {
            Jdbc.update(c, "DELETE FROM test_timer WHERE name = ? AND id = ?", name, id);
            return Jdbc.update(
                    c,
                    "INSERT INTO test_timer (name, id, due_at, payload) VALUES (?, ?, ?, ?)",
                    name,
                    id,
                    at,
                    text.toString());
        });
    }

    @Override
    public boolean cancel(String name, String id) {
        return tx.required(c -> Jdbc.update(c, "DELETE FROM test_timer WHERE name = ? AND id = ?", name, id) > 0);
    }

    @Override
    public Optional<Instant> due(String name, String id) {
        return tx.read(c -> Jdbc.one(
                c,
                "SELECT due_at FROM test_timer WHERE name = ? AND id = ?",
                r -> Jdbc.instant(r, "due_at"),
                name,
                id));
    }

    /** Fires the timers due at {@code now} by name; the number fired. */
    public int fireDue(Instant now, Map<String, TimerHandler> handlers) throws Exception {
        return fire(now, handlers::get);
    }

    private int fire(Instant now, java.util.function.Function<String, TimerHandler> handlers) throws Exception {
        record Due(String name, String id, Instant at, Map<String, String> payload) {}
        List<Due> due = tx.read(c -> Jdbc.list(
                c,
                "SELECT name, id, due_at, payload FROM test_timer WHERE due_at <= ? ORDER BY due_at",
                r -> new Due(
                        r.getString("name"),
                        r.getString("id"),
                        Jdbc.instant(r, "due_at"),
                        payload(r.getString("payload"))),
                now));
        for (Due timer : due) {
            handlers.apply(timer.name()).fire(timer.id(), timer.payload());
            // Removed once handled, unless the handler moved it.
            tx.required(c -> Jdbc.update(
                    c,
                    "DELETE FROM test_timer WHERE name = ? AND id = ? AND due_at = ?",
                    timer.name(),
                    timer.id(),
                    timer.at()));
        }
        return due.size();
    }

    /** Fires every timer due at {@code now} with one handler, whatever its name; the number fired. */
    public int fireDue(Instant now, TimerHandler handler) throws Exception {
        return fire(now, name -> handler);
    }

    /** A payload as the table keeps it. */
    public static Map<String, String> payload(String text) {
        Map<String, String> payload = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                payload.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return payload;
    }
}
