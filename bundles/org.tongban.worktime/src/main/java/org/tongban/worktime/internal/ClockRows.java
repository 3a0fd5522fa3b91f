package org.tongban.worktime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.worktime.ClockEvent;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.ClockState;
import org.tongban.worktime.Cutoff;
import org.tongban.worktime.DeadlineClock;
import org.tongban.worktime.ExtensionRule;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.PauseKind;
import org.tongban.worktime.PauseRequest;
import org.tongban.worktime.WorkCalendar;

/** Reads and writes rows of {@code worktime_clock} and {@code worktime_clock_event}. */
final class ClockRows {
    static final String COLUMNS = "id, object_type, object_id, jurisdiction_code, department, matter_type,"
            + " limit_amount, limit_unit, extension_amount, state, started_at, deadline, warning_at, completed_at,"
            + " on_time, warning_fired_at, overdue_fired_at, provisional, cutoff, max_extensions, max_extension_amount,"
            + " hall_code";

    /** A clock row with the facts the service needs beyond the public record. */
    record Row(DeadlineClock clock, Instant warningFiredAt, Instant overdueFiredAt) {}

    private ClockRows() {}

    static Optional<Row> find(Connection connection, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM worktime_clock WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    static Row row(ResultSet rows) throws SQLException {
        ClockRequest request = new ClockRequest(
                rows.getString("object_type"),
                rows.getString("object_id"),
                rows.getString("jurisdiction_code"),
                rows.getString("department"),
                rows.getString("matter_type"),
                rows.getInt("limit_amount"),
                LimitUnit.valueOf(rows.getString("limit_unit")),
                Jdbc.instant(rows, "started_at"),
                Cutoff.valueOf(rows.getString("cutoff")),
                extensionRule(rows),
                rows.getString("hall_code"));
        boolean onTime = rows.getBoolean("on_time");
        Boolean onTimeOrNull = rows.wasNull() ? null : onTime;
        DeadlineClock clock = new DeadlineClock(
                rows.getLong("id"),
                request,
                rows.getInt("extension_amount"),
                ClockState.valueOf(rows.getString("state")),
                Jdbc.instant(rows, "deadline"),
                Jdbc.instant(rows, "warning_at"),
                Jdbc.instant(rows, "completed_at"),
                onTimeOrNull,
                rows.getBoolean("provisional"));
        return new Row(clock, Jdbc.instant(rows, "warning_fired_at"), Jdbc.instant(rows, "overdue_fired_at"));
    }

    private static ExtensionRule extensionRule(ResultSet rows) throws SQLException {
        int count = rows.getInt("max_extensions");
        return rows.wasNull() ? null : new ExtensionRule(count, rows.getInt("max_extension_amount"));
    }

    static List<ClockEvent> history(Connection connection, long clockId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, event_at, actor, reason, amount, approver, pause_kind, legal_basis, expected_duration,"
                        + " written_notice FROM worktime_clock_event WHERE clock_id = ? ORDER BY id")) {
            select.setLong(1, clockId);
            List<ClockEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int amount = rows.getInt("amount");
                    Integer amountOrNull = rows.wasNull() ? null : amount;
                    events.add(new ClockEvent(
                            clockId,
                            ClockEvent.Kind.valueOf(rows.getString("kind")),
                            Jdbc.instant(rows, "event_at"),
                            rows.getString("actor"),
                            rows.getString("reason"),
                            amountOrNull,
                            rows.getString("approver"),
                            pause(rows)));
                }
            }
            return events;
        }
    }

    private static PauseRequest pause(ResultSet rows) throws SQLException {
        String kind = rows.getString("pause_kind");
        return kind == null
                ? null
                : new PauseRequest(
                        PauseKind.valueOf(kind),
                        rows.getString("legal_basis"),
                        rows.getString("expected_duration"),
                        rows.getString("written_notice"),
                        rows.getString("reason"));
    }

    /** The pauses recorded in a history, the last one open while the clock is paused. */
    static List<ClockMath.Pause> pauses(List<ClockEvent> history) {
        List<ClockMath.Pause> pauses = new ArrayList<>();
        Instant pausedAt = null;
        for (ClockEvent event : history) {
            if (event.kind() == ClockEvent.Kind.PAUSE) {
                pausedAt = event.at();
            } else if (event.kind() == ClockEvent.Kind.RESUME && pausedAt != null) {
                pauses.add(new ClockMath.Pause(pausedAt, event.at()));
                pausedAt = null;
            }
        }
        if (pausedAt != null) {
            pauses.add(new ClockMath.Pause(pausedAt, null));
        }
        return pauses;
    }

    static void event(Connection connection, ClockEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO worktime_clock_event (clock_id, kind, event_at, actor, reason, amount, approver,"
                        + " pause_kind, legal_basis, expected_duration, written_notice)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, event.clockId());
            insert.setString(2, event.kind().name());
            Jdbc.setInstant(insert, 3, event.at());
            insert.setString(4, event.actor());
            insert.setString(5, event.reason());
            insert.setObject(6, event.amount());
            insert.setString(7, event.approver());
            PauseRequest pause = event.pause();
            insert.setString(8, pause == null ? null : pause.kind().name());
            insert.setString(9, pause == null ? null : pause.legalBasis());
            insert.setString(10, pause == null ? null : pause.expectedDuration());
            insert.setString(11, pause == null ? null : pause.writtenNotice());
            insert.executeUpdate();
        }
    }

    /**
     * Recomputes a clock from its facts and history with a calendar and writes the result: deadline, warning, on-time
     * flag and elapsed time of a completed clock, the sweep's next instant and whether the deadline is provisional.
     *
     * @param completedAt the completion instant, or {@code null} while open
     * @param now the instant an open pause lasts until
     */
    static DeadlineClock update(
            Connection connection,
            Row row,
            List<ClockEvent> history,
            int extension,
            ClockState state,
            Instant completedAt,
            Instant now,
            WorkCalendar calendar,
            Settings settings)
            throws SQLException {
        DeadlineClock old = row.clock();
        ClockMath math = new ClockMath(calendar, old.request(), extension, pauses(history));
        Instant deadline = math.deadline(now);
        Instant warningAt = math.warningAt(deadline, settings.warningWorkingDays(), settings.warningPercent(), now);
        boolean completed = state == ClockState.COMPLETED;
        Boolean onTime = completed ? !completedAt.isAfter(deadline) : null;
        boolean provisional = math.provisional(deadline);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE worktime_clock SET extension_amount = ?, state = ?, deadline = ?, warning_at = ?,"
                        + " completed_at = ?, elapsed = ?, on_time = ?, next_event_at = ?, provisional = ?,"
                        + " provisional_years = ? WHERE id = ?")) {
            update.setInt(1, extension);
            update.setString(2, state.name());
            Jdbc.setInstant(update, 3, deadline);
            Jdbc.setInstant(update, 4, warningAt);
            Jdbc.setInstant(update, 5, completed ? completedAt : null);
            update.setObject(6, completed ? math.elapsed(completedAt) : null);
            update.setObject(7, onTime);
            Jdbc.setInstant(
                    update, 8, nextEvent(state, warningAt, deadline, row.warningFiredAt(), row.overdueFiredAt()));
            update.setBoolean(9, provisional);
            update.setString(10, provisional ? years(calendar) : null);
            update.setLong(11, old.id());
            update.executeUpdate();
        }
        return new DeadlineClock(
                old.id(),
                old.request(),
                extension,
                state,
                deadline,
                warningAt,
                completed ? completedAt : null,
                onTime,
                provisional);
    }

    /** The provisional years a deadline was computed with, as stored: the recompute job looks for other values. */
    static String years(WorkCalendar calendar) {
        return calendar.provisionalYears().toString();
    }

    /** The next instant the sweep must look at this clock, or {@code null}. */
    static Instant nextEvent(ClockState state, Instant warningAt, Instant deadline, Instant warned, Instant overdue) {
        if (state != ClockState.RUNNING) {
            return null;
        }
        if (warned == null) {
            return warningAt;
        }
        return overdue == null ? deadline : null;
    }
}
