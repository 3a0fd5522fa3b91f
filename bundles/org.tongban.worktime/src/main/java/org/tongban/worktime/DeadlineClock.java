package org.tongban.worktime;

import java.time.Instant;

/**
 * A deadline clock as stored (named so that it never shadows {@code java.time.Clock}).
 *
 * @param id its id
 * @param request what it was started with
 * @param extension total extensions granted, in the limit's unit
 * @param state running, paused or completed
 * @param deadline the current deadline (while paused, as if resumed now)
 * @param warningAt when the status turns to warning
 * @param completedAt completion, or {@code null}
 * @param onTime whether it completed by its deadline, or {@code null} while open
 * @param provisional whether the deadline lies in a year without holiday data, counted weekends only (暂定): it is
 *     recomputed when the year's notice is loaded
 */
public record DeadlineClock(
        long id,
        ClockRequest request,
        int extension,
        ClockState state,
        Instant deadline,
        Instant warningAt,
        Instant completedAt,
        Boolean onTime,
        boolean provisional) {

    /** A clock whose deadline is final (not provisional). */
    public DeadlineClock(
            long id,
            ClockRequest request,
            int extension,
            ClockState state,
            Instant deadline,
            Instant warningAt,
            Instant completedAt,
            Boolean onTime) {
        this(id, request, extension, state, deadline, warningAt, completedAt, onTime, false);
    }
}
