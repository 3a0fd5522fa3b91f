package org.tongban.platform.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a time limit stands, as a {@link DeadlineBadge} shows it. The kit knows no feature: a bundle that has its own
 * notion of progress (worktime's clocks) turns it into this value.
 *
 * @param status normal, warning or overdue
 * @param due the deadline
 * @param remainingWorkingDays working days left after today (0 on the last day, negative once overdue)
 * @param remainingOfficeTime office time left until the deadline, zero once overdue
 * @param provisional whether the deadline is provisional (暂定): computed over a year whose holiday notice is missing
 */
public record Deadline(
        Status status, Instant due, int remainingWorkingDays, Duration remainingOfficeTime, boolean provisional) {

    /** A final (not provisional) deadline. */
    public Deadline(Status status, Instant due, int remainingWorkingDays, Duration remainingOfficeTime) {
        this(status, due, remainingWorkingDays, remainingOfficeTime, false);
    }

    /** Normal, warning (few days left) or overdue. */
    public enum Status {
        NORMAL,
        WARNING,
        OVERDUE
    }

    public Deadline {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(due, "due");
        remainingOfficeTime =
                remainingOfficeTime == null || remainingOfficeTime.isNegative() ? Duration.ZERO : remainingOfficeTime;
    }
}
