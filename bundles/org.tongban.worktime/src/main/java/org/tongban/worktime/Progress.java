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
 */
public record Progress(
        DeadlineStatus status, Instant deadline, int remainingWorkingDays, Duration remainingOfficeTime) {}
