package org.tongban.worktime.internal;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.worktime.ClockEvent;
import org.tongban.worktime.ClockState;
import org.tongban.worktime.DeadlineClock;
import org.tongban.worktime.DeadlineEvent;
import org.tongban.worktime.DeadlineStatus;

/**
 * Finds clocks whose warning or deadline has passed through the index on {@code next_event_at} and fires each event
 * once: the clock row is locked, the fired-at column checked and set, the event written to the history and published
 * (to the outbox) in one transaction, so a second node or a second run finds nothing left to fire, and an event that
 * cannot be published leaves the clock to fire again.
 */
final class DeadlineSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSweeper.class);
    static final int BATCH = 500;

    private final Transactions transactions;
    private final Consumer<DeadlineEvent> publish;

    /** @param publish called inside the transaction that fires the event */
    DeadlineSweeper(Transactions transactions, Consumer<DeadlineEvent> publish) {
        this.transactions = transactions;
        this.publish = publish;
    }

    /** Fires everything due before {@code now}; returns how many events fired on this node. */
    int sweep(Instant now) {
        int fired = 0;
        List<Long> due;
        do {
            due = due(now);
            for (long id : due) {
                try {
                    fired += fire(id, now).size();
                } catch (RuntimeException e) {
                    // Rolled back with its fired-at: the next sweep tries this clock again.
                    LOG.error("Deadline event of clock {} not fired; it is retried at the next sweep", id, e);
                }
            }
        } while (due.size() == BATCH);
        return fired;
    }

    /** Ids of the clocks with an event due, at most {@link #BATCH}; the query the index serves. */
    List<Long> due(Instant now) {
        return transactions.read(c -> Jdbc.list(
                c,
                "SELECT id FROM worktime_clock WHERE next_event_at < ? ORDER BY next_event_at FETCH FIRST " + BATCH
                        + " ROWS ONLY",
                rows -> rows.getLong(1),
                now));
    }

    private List<DeadlineEvent> fire(long id, Instant now) {
        return transactions.required(connection -> {
            ClockRows.Row row = ClockRows.find(connection, id, true).orElse(null);
            List<DeadlineEvent> events = new ArrayList<>();
            if (row == null || row.clock().state() != ClockState.RUNNING) {
                return events;
            }
            DeadlineClock clock = row.clock();
            Instant warned = row.warningFiredAt();
            Instant overdue = row.overdueFiredAt();
            if (warned == null && clock.warningAt().isBefore(now)) {
                warned = now;
                events.add(new DeadlineEvent(DeadlineStatus.WARNING, clock, now));
            }
            if (overdue == null && clock.deadline().isBefore(now)) {
                overdue = now;
                events.add(new DeadlineEvent(DeadlineStatus.OVERDUE, clock, now));
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE worktime_clock SET warning_fired_at = ?,"
                            + " overdue_fired_at = ?, next_event_at = ? WHERE id = ?")) {
                Jdbc.setInstant(update, 1, warned);
                Jdbc.setInstant(update, 2, overdue);
                Jdbc.setInstant(
                        update,
                        3,
                        ClockRows.nextEvent(clock.state(), clock.warningAt(), clock.deadline(), warned, overdue));
                update.setLong(4, id);
                update.executeUpdate();
            }
            for (DeadlineEvent event : events) {
                ClockEvent.Kind kind =
                        event.kind() == DeadlineStatus.WARNING ? ClockEvent.Kind.WARNING : ClockEvent.Kind.OVERDUE;
                ClockRows.event(connection, new ClockEvent(id, kind, now, "system", null, null, null));
                publish.accept(event);
            }
            return events;
        });
    }
}
