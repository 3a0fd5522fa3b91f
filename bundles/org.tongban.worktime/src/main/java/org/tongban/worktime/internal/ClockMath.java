package org.tongban.worktime.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.DeadlineStatus;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.MissingHolidayDataException;
import org.tongban.worktime.Progress;
import org.tongban.worktime.TimeLimit;
import org.tongban.worktime.WorkCalendar;

/** Deadline, warning instant, status and elapsed time of a clock, from its facts alone: no database. */
final class ClockMath {
    // The average month in days (365.25 / 12), only for reporting time used by clocks in months.
    static final double DAYS_PER_MONTH = 30.4375;

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
        int limit = request.limit() + extension;
        return switch (request.unit()) {
            case WORKING_DAYS -> {
                int excluded = 0;
                for (Pause p : pauses) {
                    excluded += Math.max(0, calendar.workingDaysBetween(p.from(), p.end(now)));
                }
                yield calendar.deadline(
                        request.acceptedAt(), TimeLimit.workingDays(limit + excluded), request.effectiveCutoff());
            }
            case WORKING_HOURS -> {
                Duration excluded = Duration.ZERO;
                for (Pause p : pauses) {
                    excluded = excluded.plus(calendar.workingTimeBetween(p.from(), p.end(now)));
                }
                yield calendar.addWorkingTime(
                        request.acceptedAt(), Duration.ofHours(limit).plus(excluded));
            }
            case NATURAL_HOURS ->
                request.acceptedAt().plus(Duration.ofHours(limit)).plus(pausedTime(now));
            // Paused calendar days count as if acceptance had been that many days later (行政许可法 第45条).
            case NATURAL_DAYS, MONTHS ->
                calendar.deadline(
                        request.acceptedAt().plus(pausedDays(now), ChronoUnit.DAYS),
                        new TimeLimit(limit, request.unit()),
                        request.effectiveCutoff());
        };
    }

    private Duration pausedTime(Instant now) {
        Duration paused = Duration.ZERO;
        for (Pause p : pauses) {
            paused = paused.plus(Duration.between(p.from(), p.end(now)));
        }
        return paused;
    }

    private long pausedDays(Instant now) {
        long days = 0;
        for (Pause p : pauses) {
            days += Math.max(0, ChronoUnit.DAYS.between(date(p.from()), date(p.end(now))));
        }
        return days;
    }

    /** Whether a deadline of this clock is provisional: computed over a year without holiday data. */
    boolean provisional(Instant deadline) {
        return request.unit() != LimitUnit.NATURAL_HOURS && calendar.isProvisional(deadline);
    }

    /**
     * When the status turns to warning: the earlier of "at most {@code warningDays} days left" (working days for
     * clocks in working days, calendar days for natural days and months) and "{@code percent}% of the active time
     * between acceptance and deadline used" (office time for working units, real time for natural ones).
     */
    Instant warningAt(Instant deadline, int warningDays, int percent, Instant now) {
        boolean working = request.unit() == LimitUnit.WORKING_DAYS || request.unit() == LimitUnit.WORKING_HOURS;
        Instant start = working ? calendar.nextOfficeMoment(request.acceptedAt()) : request.acceptedAt();
        Instant warning = deadline;
        if (warningDays > 0 && request.unit() == LimitUnit.WORKING_DAYS) {
            LocalDate deadlineDay = date(deadline);
            try {
                Instant byDays = calendar.closingOf(calendar.shiftWorkingDays(deadlineDay, -warningDays));
                warning = byDays.isBefore(start) ? start : byDays;
            } catch (MissingHolidayDataException e) {
                warning = start;
            }
        } else if (warningDays > 0
                && (request.unit() == LimitUnit.NATURAL_DAYS || request.unit() == LimitUnit.MONTHS)) {
            Instant byDays = deadline.minus(warningDays, ChronoUnit.DAYS);
            warning = byDays.isBefore(start) ? start : byDays;
        }
        if (percent > 0) {
            Instant byShare = working
                    ? byShare(start, deadline, percent, now, calendar::workingTimeBetween, calendar::addWorkingTime)
                    : byShare(start, deadline, percent, now, Duration::between, Instant::plus);
            if (byShare.isBefore(warning)) {
                warning = byShare;
            }
        }
        return warning.isAfter(deadline) ? deadline : warning;
    }

    private interface Between {
        Duration of(Instant from, Instant to);
    }

    private interface Add {
        Instant to(Instant start, Duration time);
    }

    private Instant byShare(Instant start, Instant deadline, int percent, Instant now, Between between, Add add) {
        Duration active = positive(between.of(start, deadline));
        for (Pause p : pauses) {
            Instant end = p.end(now);
            active = active.minus(positive(between.of(p.from(), end.isAfter(deadline) ? deadline : end)));
        }
        Duration left = active.multipliedBy(percent).dividedBy(100);
        Instant cursor = start;
        for (Pause p : pauses) {
            Duration segment = positive(between.of(cursor, p.from()));
            if (segment.compareTo(left) >= 0) {
                return add.to(cursor, left);
            }
            left = left.minus(segment);
            if (p.to() == null) {
                return deadline;
            }
            cursor = p.to();
        }
        return add.to(cursor, left.isNegative() ? Duration.ZERO : left);
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    /**
     * What was used up to {@code end}, pauses excluded: working days, office minutes (working hours), minutes (natural
     * hours) or calendar days (natural days and months).
     */
    int elapsed(Instant end) {
        return switch (request.unit()) {
            case WORKING_DAYS -> {
                int used = calendar.workingDaysBetween(request.acceptedAt(), end);
                for (Pause p : pauses) {
                    used -= Math.max(0, calendar.workingDaysBetween(p.from(), p.end(end)));
                }
                yield Math.max(0, used);
            }
            case WORKING_HOURS -> {
                Duration used = calendar.workingTimeBetween(request.acceptedAt(), end);
                for (Pause p : pauses) {
                    used = used.minus(calendar.workingTimeBetween(p.from(), p.end(end)));
                }
                yield (int) Math.max(0, used.toMinutes());
            }
            case NATURAL_HOURS ->
                (int) Math.max(
                        0,
                        Duration.between(request.acceptedAt(), end)
                                .minus(pausedTime(end))
                                .toMinutes());
            case NATURAL_DAYS, MONTHS ->
                (int) Math.max(
                        0,
                        ChronoUnit.DAYS.between(calendar.countingStartDay(request.acceptedAt()), date(end))
                                - pausedDays(end));
        };
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

    private static LocalDate date(Instant instant) {
        return instant.atZone(WorkCalendar.ZONE).toLocalDate();
    }
}
