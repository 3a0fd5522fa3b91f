package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.tongban.hotline.TicketStates;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;

/**
 * The units' KPIs kept as running sums in {@code hotline_unit_kpi}, per lead unit, day of dispatch (Beijing time) and
 * one of {@value #SLOTS} slots: a step of a ticket recounts what the ticket's lead assignments contribute before and
 * after it and adds the difference, in the step's transaction. The KPI page then reads a few rows per unit and day
 * instead of every assignment of the period with its ticket. The slots, chosen by the ticket, spread the updates of a
 * busy unit's day over several rows, so that concurrent steps of its tickets seldom wait for one row lock.
 */
final class KpiSums {
    static final int SLOTS = 8;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String[] COLUMNS = {
        "dispatched", "signed", "signed_on_time", "replied", "handled_on_time",
        "rated", "resolved", "satisfied", "reopened", "returned"
    };

    /** What one lead assignment counts for, per column; the parameters are six {@code true}s. */
    static final String[] FIGURE = {
        "1",
        "CASE WHEN a.signed_at IS NOT NULL THEN 1 ELSE 0 END",
        "CASE WHEN a.signed_at IS NOT NULL AND a.signed_at <= a.sign_due THEN 1 ELSE 0 END",
        "CASE WHEN a.replied_at IS NOT NULL THEN 1 ELSE 0 END",
        "CASE WHEN a.handled_on_time = ? THEN 1 ELSE 0 END",
        "CASE WHEN a.active = ? AND t.satisfaction IS NOT NULL THEN 1 ELSE 0 END",
        "CASE WHEN a.active = ? AND t.resolved = ? THEN 1 ELSE 0 END",
        "CASE WHEN a.active = ? AND t.satisfaction >= 4 THEN 1 ELSE 0 END",
        "CASE WHEN a.active = ? AND t.reopened > 0 THEN 1 ELSE 0 END",
        "CASE WHEN a.returned_at IS NOT NULL THEN 1 ELSE 0 END"
    };

    static final String FIGURES = String.join(", ", FIGURE);

    /** The lead assignments the KPIs count: first-level lead units of tickets not merged into another. */
    static final String COUNTED = "FROM hotline_assignment a JOIN hotline_ticket t ON t.ticket_number = a.ticket_number"
            + " WHERE a.role = 'LEAD' AND a.parent_unit IS NULL AND t.merged_into IS NULL";

    record Key(String unit, LocalDate day, int slot) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = unit.compareTo(o.unit);
            c = c != 0 ? c : day.compareTo(o.day);
            return c != 0 ? c : Integer.compare(slot, o.slot);
        }
    }

    private final Transactions tx;

    KpiSums(Transactions tx) {
        this.tx = tx;
    }

    /** Runs a step of the ticket and adds what it changed in the ticket's figures, in the step's transaction. */
    <T> T around(String number, Supplier<T> step) {
        return tx.required(c -> {
            // Locked first, so that no other step changes the figures between the two counts. A ticket still waiting
            // for its first dispatch has no assignment: its dispatch, the busiest step, is spared the first count.
            String state = Jdbc.one(
                            c,
                            "SELECT state FROM hotline_ticket WHERE ticket_number = ? FOR UPDATE",
                            r -> r.getString(1),
                            number)
                    .orElse(null);
            Map<Key, long[]> before = TicketStates.RECEIVED.equals(state) ? Map.of() : figures(c, number);
            T result = step.get();
            add(c, before, figures(c, number));
            return result;
        });
    }

    static Map<Key, long[]> figures(Connection c, String number) throws SQLException {
        Map<Key, long[]> sums = new HashMap<>();
        int slot = Math.floorMod(number.hashCode(), SLOTS);
        Jdbc.list(
                c,
                "SELECT a.unit_code, a.dispatched_at, " + FIGURES + " " + COUNTED + " AND a.ticket_number = ?",
                r -> {
                    Instant dispatched = Jdbc.instant(r, "dispatched_at");
                    long[] row = sums.computeIfAbsent(
                            new Key(r.getString(1), dispatched.atZone(ZONE).toLocalDate(), slot),
                            k -> new long[COLUMNS.length]);
                    for (int i = 0; i < COLUMNS.length; i++) {
                        row[i] += r.getLong(3 + i);
                    }
                    return null;
                },
                true,
                true,
                true,
                true,
                true,
                true,
                number);
        return sums;
    }

    /** Adds after minus before, in key order so that two steps never wait for each other's rows crosswise. */
    private void add(Connection c, Map<Key, long[]> before, Map<Key, long[]> after) throws SQLException {
        Map<Key, long[]> delta = new TreeMap<>();
        after.forEach((k, v) -> delta.put(k, v.clone()));
        before.forEach((k, v) -> {
            long[] d = delta.computeIfAbsent(k, x -> new long[COLUMNS.length]);
            for (int i = 0; i < d.length; i++) {
                d[i] -= v[i];
            }
        });
        for (Map.Entry<Key, long[]> e : delta.entrySet()) {
            if (Arrays.stream(e.getValue()).allMatch(v -> v == 0)) {
                continue;
            }
            if (update(c, e.getKey(), e.getValue()) == 0) {
                create(e.getKey());
                update(c, e.getKey(), e.getValue());
            }
        }
    }

    private static int update(Connection c, Key k, long[] d) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE hotline_unit_kpi SET ");
        Object[] params = new Object[d.length + 3];
        for (int i = 0; i < d.length; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append(COLUMNS[i])
                    .append(" = ")
                    .append(COLUMNS[i])
                    .append(" + ?");
            params[i] = d[i];
        }
        sql.append(" WHERE unit_code = ? AND kpi_day = ? AND slot = ?");
        params[d.length] = k.unit();
        params[d.length + 1] = k.day();
        params[d.length + 2] = k.slot();
        return Jdbc.update(c, sql.toString(), params);
    }

    /**
     * The row of zeros, committed on its own: of two steps creating it at once one inserts and the other's insert
     * fails on the key, and both then add to it in their own transactions.
     */
    private void create(Key k) {
        try {
            tx.requiresNew(c -> Jdbc.update(
                    c,
                    "INSERT INTO hotline_unit_kpi (unit_code, kpi_day, slot, " + String.join(", ", COLUMNS) + ")"
                            + " VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)",
                    k.unit(),
                    k.day(),
                    k.slot()));
        } catch (RuntimeException e) {
            // Created by the other step meanwhile; the update below finds it.
        }
    }

    /**
     * Counts the sums afresh from the assignments (slot 0), for a table loaded without the services: the benchmark's
     * bulk load, and the check that the running sums equal a recount.
     */
    static void recount(Connection c) throws SQLException {
        Jdbc.update(c, "DELETE FROM hotline_unit_kpi");
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < COLUMNS.length; i++) {
            sums.append(", SUM(f").append(i).append(")");
        }
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < COLUMNS.length; i++) {
            named.append(", ").append(FIGURE[i]).append(" AS f").append(i);
        }
        Jdbc.update(
                c,
                "INSERT INTO hotline_unit_kpi (unit_code, kpi_day, slot, " + String.join(", ", COLUMNS) + ")"
                        + " SELECT unit_code, kpi_day, 0" + sums + " FROM (SELECT a.unit_code,"
                        + " CAST(a.dispatched_at AT TIME ZONE 'Asia/Shanghai' AS DATE) AS kpi_day" + named + " "
                        + COUNTED + ") x GROUP BY unit_code, kpi_day",
                true,
                true,
                true,
                true,
                true,
                true);
    }
}
