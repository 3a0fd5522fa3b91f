package org.tongban.intake.ui.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.tongban.platform.ui.Deadline;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.DeadlineClock;
import org.tongban.worktime.Progress;

/**
 * A case's clock as the kit's deadline value: the working-time engine's progress where the clerk may read it, else
 * the deadline and warning time of the clock alone (without the working days left).
 */
final class ClockBadges {
    private final ClockService clocks;
    private final Clock time;

    ClockBadges(ClockService clocks, Clock time) {
        this.clocks = clocks;
        this.time = time;
    }

    Deadline of(DeadlineClock clock) {
        Instant now = time.instant();
        if (clocks != null) {
            try {
                Progress p = clocks.progress(clock.id(), now);
                return new Deadline(
                        switch (p.status()) {
                            case NORMAL -> Deadline.Status.NORMAL;
                            case WARNING -> Deadline.Status.WARNING;
                            case OVERDUE -> Deadline.Status.OVERDUE;
                        },
                        p.deadline(),
                        p.remainingWorkingDays(),
                        p.remainingOfficeTime(),
                        p.provisional());
            } catch (RuntimeException e) {
                // no worktime:read here: fall back to the clock's own instants
            }
        }
        Deadline.Status status = now.isAfter(clock.deadline())
                ? Deadline.Status.OVERDUE
                : clock.warningAt() != null && !now.isBefore(clock.warningAt())
                        ? Deadline.Status.WARNING
                        : Deadline.Status.NORMAL;
        int days = (int) Duration.between(now, clock.deadline()).toDays();
        return new Deadline(
                status, clock.deadline(), days, Duration.between(now, clock.deadline()), clock.provisional());
    }
}
