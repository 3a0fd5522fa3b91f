package org.tongban.worktime;

import java.time.Instant;

/**
 * One entry of a clock's history.
 *
 * @param clockId the clock
 * @param kind what happened
 * @param at when
 * @param actor who (username, or {@code system})
 * @param reason the reason of a pause or extension, or {@code null}
 * @param amount the days or hours of an extension, or {@code null}
 * @param approver who approved an extension, or {@code null}
 * @param pause the step and notice of a pause, or {@code null}
 */
public record ClockEvent(
        long clockId,
        Kind kind,
        Instant at,
        String actor,
        String reason,
        Integer amount,
        String approver,
        PauseRequest pause) {

    /** An entry that is not a pause. */
    public ClockEvent(
            long clockId, Kind kind, Instant at, String actor, String reason, Integer amount, String approver) {
        this(clockId, kind, at, actor, reason, amount, approver, null);
    }

    /** The kinds of history entries. */
    public enum Kind {
        START,
        PAUSE,
        RESUME,
        EXTEND,
        COMPLETE,
        WARNING,
        OVERDUE,
        /** The deadline was recomputed because holiday data for a provisional year arrived. */
        RECOMPUTE
    }
}
