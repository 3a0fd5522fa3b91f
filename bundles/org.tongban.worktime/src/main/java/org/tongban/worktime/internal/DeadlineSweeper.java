package org.tongban.worktime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.jdbc.JdbcTransactions;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.worktime.Clock;
import org.tongban.worktime.ClockEvent;
import org.tongban.worktime.ClockState;
import org.tongban.worktime.DeadlineEvent;
import org.tongban.worktime.DeadlineStatus;

/**
 * Finds clocks whose warning or deadline has passed through the index on {@code next_event_at} and fires each event
 * once: the clock row is locked, the fired-at column checked and set and the event written to the history in one
 * transaction, so a second node or a second run finds nothing left to fire. Listeners hear of it after the commit.
 */
final class DeadlineSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSweeper.class);
    static final int BATCH = 500;

    private final DataSource dataSource;
    private final Transactions transactions;
    private final Consumer<DeadlineEvent> listeners;

    DeadlineSweeper(DataSource dataSource, Consumer<DeadlineEvent> listeners) {
        this.dataSource = dataSource;
        this.transactions = new JdbcTransactions(dataSource);
        this.listeners = listeners;
    }

    /** Fires everything due before {@code now}; returns how many events fired on this node. */
    int sweep(Instant now) {
        int fired = 0;
        List<Long> due;
        do {
            due = due(now);
            for (long id : due) {
                for (DeadlineEvent event : fire(id, now)) {
                    fired++;
                    notifyListeners(event);
                }
            }
        } while (due.size() == BATCH);
        return fired;
    }

    /** Ids of the clocks with an event due, at most {@link #BATCH}; the query the index serves. */
    List<Long> due(Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id FROM worktime_clock WHERE next_event_at < ? ORDER BY next_event_at" + " FETCH FIRST "
                                + BATCH + " ROWS ONLY")) {
            Jdbc.setInstant(select, 1, now);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Deadline sweep query failed", e);
        }
    }

    private List<DeadlineEvent> fire(long id, Instant now) {
        return transactions.required(connection -> {
            ClockRows.Row row = ClockRows.find(connection, id, true).orElse(null);
            List<DeadlineEvent> events = new ArrayList<>();
            if (row == null || row.clock().state() != ClockState.RUNNING) {
                return events;
            }
            Clock clock = row.clock();
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
            }
            return events;
        });
    }

    private void notifyListeners(DeadlineEvent event) {
        try {
            listeners.accept(event);
        } catch (RuntimeException e) {
            LOG.error("A deadline listener failed on clock {}", event.clock().id(), e);
        }
    }
}
