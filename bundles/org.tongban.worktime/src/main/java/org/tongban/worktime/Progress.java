package org.tongban.worktime;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a clock stands at an instant.
 *
 * @param status normal, warning or overdue
 * @param deadline the deadline at that instant
 * @param remainingWorkingDays working days left after today (0 on the last day, negative once overdue)
 * @param remainingOfficeTime office time left until the deadline, zero once overdue
 * @param provisional whether the deadline is provisional (暂定, see {@link DeadlineClock#provisional()})
 */
public record Progress(
        DeadlineStatus status,
        Instant deadline,
        int remainingWorkingDays,
        Duration remainingOfficeTime,
        boolean provisional) {

    /** Progress towards a final deadline. */
    public Progress(DeadlineStatus status, Instant deadline, int remainingWorkingDays, Duration remainingOfficeTime) {
        this(status, deadline, remainingWorkingDays, remainingOfficeTime, false);
    }
}
