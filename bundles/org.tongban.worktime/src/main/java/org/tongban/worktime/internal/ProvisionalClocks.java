package org.tongban.worktime.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Function;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.worktime.ClockEvent;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.DeadlineClock;
import org.tongban.worktime.WorkCalendar;

/**
 * Recomputes clocks when holiday data arrives (WorkCalendar rule 3): each changed clock gets a history entry and an
 * audit entry, in the caller's transaction. A clock whose deadline does not change is left as it is.
 */
final class ProvisionalClocks {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Transactions transactions;
    private final Function<ClockRequest, WorkCalendar> calendars;
    private final AuditLog auditLog;
    private final Settings settings;
    private final Clock time;

    ProvisionalClocks(
            Transactions transactions,
            Function<ClockRequest, WorkCalendar> calendars,
            AuditLog auditLog,
            Settings settings,
            Clock time) {
        this.transactions = transactions;
        this.calendars = calendars;
        this.auditLog = auditLog;
        this.settings = settings;
        this.time = time;
    }

    /**
     * Recomputes the provisional clocks computed with other provisional years than {@code provisionalYears} and, when
     * {@code openFrom} is set, every open clock whose deadline is at or after it (a year loaded again, corrected).
     *
     * @return the clocks whose deadline, provisional mark or on-time flag changed
     */
    int recompute(SortedSet<Integer> provisionalYears, Instant openFrom) {
        return transactions.required(connection -> {
            List<Long> ids = openFrom == null
                    ? Jdbc.list(
                            connection,
                            "SELECT id FROM worktime_clock WHERE provisional = TRUE AND provisional_years <> ?"
                                    + " ORDER BY id",
                            rows -> rows.getLong(1),
                            provisionalYears.toString())
                    : Jdbc.list(
                            connection,
                            "SELECT id FROM worktime_clock WHERE provisional = TRUE"
                                    + " OR (state <> 'COMPLETED' AND deadline >= ?) ORDER BY id",
                            rows -> rows.getLong(1),
                            openFrom);
            int changed = 0;
            Instant now = Jdbc.truncate(time.instant());
            for (long id : ids) {
                ClockRows.Row row = ClockRows.find(connection, id, true).orElseThrow();
                DeadlineClock old = row.clock();
                List<ClockEvent> history = ClockRows.history(connection, id);
                DeadlineClock updated = ClockRows.update(
                        connection,
                        row,
                        history,
                        old.extension(),
                        old.state(),
                        old.completedAt(),
                        now,
                        calendars.apply(old.request()),
                        settings);
                if (updated.deadline().equals(old.deadline())
                        && updated.provisional() == old.provisional()
                        && java.util.Objects.equals(updated.onTime(), old.onTime())) {
                    continue;
                }
                String detail = "节假日数据更新，期限由 " + minutes(old.deadline()) + " 改为 "
                        + minutes(updated.deadline()) + (updated.provisional() ? "（仍为暂定）" : "（已确定）")
                        + onTimeChange(old, updated);
                ClockRows.event(
                        connection, new ClockEvent(id, ClockEvent.Kind.RECOMPUTE, now, "system", detail, null, null));
                auditLog.record(
                        "worktime.clock.recompute",
                        "clock/" + id + " " + old.request().objectType() + "/"
                                + old.request().objectId(),
                        detail);
                changed++;
            }
            return changed;
        });
    }

    private static String minutes(Instant instant) {
        return MINUTES.format(instant.atZone(WorkCalendar.ZONE));
    }

    private static String onTimeChange(DeadlineClock old, DeadlineClock updated) {
        if (old.onTime() == null || old.onTime().equals(updated.onTime())) {
            return "";
        }
        return updated.onTime() ? "；改为按时办结" : "；改为超期办结";
    }
}
