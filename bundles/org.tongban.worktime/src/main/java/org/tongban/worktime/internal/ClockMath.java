package org.tongban.worktime.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.DeadlineStatus;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.MissingHolidayDataException;
import org.tongban.worktime.Progress;
import org.tongban.worktime.WorkCalendar;
import org.tongban.worktime.WorktimeException;

/** Deadline, warning instant, status and elapsed time of a clock, from its facts alone: no database. */
final class ClockMath {

    /** A pause; {@code to} is {@code null} while it lasts. */
    record Pause(Instant from, Instant to) {
        Instant end(Instant now) {
            return to == null ? now : to;
        }
    }

    private final WorkCalendar calendar;
    private final ClockRequest request;
    private final int extension;
    private final List<Pause> pauses;

    ClockMath(WorkCalendar calendar, ClockRequest request, int extension, List<Pause> pauses) {
        this.calendar = calendar;
        this.request = request;
        this.extension = extension;
        this.pauses = pauses;
    }

    /** The deadline; an open pause counts as lasting until {@code now}. */
    Instant deadline(Instant now) {
        if (request.unit() != LimitUnit.WORKING_DAYS && request.unit() != LimitUnit.WORKING_HOURS) {
            // Pauses and extensions are defined for working time only; natural units go through WorkCalendar.deadline.
            throw new WorktimeException("计时暂只支持工作日和工作小时的时限：" + request.unit());
        }
        int limit = request.limit() + extension;
        if (request.unit() == LimitUnit.WORKING_DAYS) {
            int excluded = 0;
            for (Pause p : pauses) {
                excluded += Math.max(0, calendar.workingDaysBetween(p.from(), p.end(now)));
            }
            return calendar.addWorkingDays(request.acceptedAt(), limit + excluded);
        }
        Duration excluded = Duration.ZERO;
        for (Pause p : pauses) {
            excluded = excluded.plus(calendar.workingTimeBetween(p.from(), p.end(now)));
        }
        return calendar.addWorkingTime(
                request.acceptedAt(), Duration.ofHours(limit).plus(excluded));
    }

    /** Whether a deadline of this clock is provisional: computed over a year without holiday data. */
    boolean provisional(Instant deadline) {
        return request.unit() != LimitUnit.NATURAL_HOURS && calendar.isProvisional(deadline);
    }

    /**
     * When the status turns to warning: the earlier of "at most {@code warningDays} working days left" (clocks in days
     * only) and "{@code percent}% of the active office time between acceptance and deadline used".
     */
    Instant warningAt(Instant deadline, int warningDays, int percent, Instant now) {
        Instant start = calendar.nextOfficeMoment(request.acceptedAt());
        Instant warning = deadline;
        if (request.unit() == LimitUnit.WORKING_DAYS && warningDays > 0) {
            LocalDate deadlineDay = deadline.atZone(WorkCalendar.ZONE).toLocalDate();
            try {
                Instant byDays = calendar.closingOf(calendar.shiftWorkingDays(deadlineDay, -warningDays));
                warning = byDays.isBefore(start) ? start : byDays;
            } catch (MissingHolidayDataException e) {
                warning = start;
            }
        }
        if (percent > 0) {
            Instant byShare = byShare(start, deadline, percent, now);
            if (byShare.isBefore(warning)) {
                warning = byShare;
            }
        }
        return warning.isAfter(deadline) ? deadline : warning;
    }

    private Instant byShare(Instant start, Instant deadline, int percent, Instant now) {
        Duration active = calendar.workingTimeBetween(start, deadline);
        for (Pause p : pauses) {
            Instant end = p.end(now);
            active = active.minus(calendar.workingTimeBetween(p.from(), end.isAfter(deadline) ? deadline : end));
        }
        Duration left = active.multipliedBy(percent).dividedBy(100);
        Instant cursor = start;
        for (Pause p : pauses) {
            Duration segment = calendar.workingTimeBetween(cursor, p.from());
            if (segment.compareTo(left) >= 0) {
                return calendar.addWorkingTime(cursor, left);
            }
            left = left.minus(segment);
            if (p.to() == null) {
                return deadline;
            }
            cursor = p.to();
        }
        return calendar.addWorkingTime(cursor, left);
    }

    /** Working days (or office minutes, for hours) used up to {@code end}, pauses excluded. */
    int elapsed(Instant end) {
        if (request.unit() == LimitUnit.WORKING_DAYS) {
            int used = calendar.workingDaysBetween(request.acceptedAt(), end);
            for (Pause p : pauses) {
                used -= Math.max(0, calendar.workingDaysBetween(p.from(), p.end(end)));
            }
            return Math.max(0, used);
        }
        Duration used = calendar.workingTimeBetween(request.acceptedAt(), end);
        for (Pause p : pauses) {
            used = used.minus(calendar.workingTimeBetween(p.from(), p.end(end)));
        }
        return (int) Math.max(0, used.toMinutes());
    }

    static Progress progress(
            WorkCalendar calendar, Instant deadline, Instant warningAt, Instant at, boolean provisional) {
        DeadlineStatus status = at.isAfter(deadline)
                ? DeadlineStatus.OVERDUE
                : at.isBefore(warningAt) ? DeadlineStatus.NORMAL : DeadlineStatus.WARNING;
        return new Progress(
                status,
                deadline,
                calendar.workingDaysBetween(at, deadline),
                calendar.workingTimeBetween(at, deadline),
                provisional);
    }
}
