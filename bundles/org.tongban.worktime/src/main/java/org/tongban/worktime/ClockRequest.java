package org.tongban.worktime;

import java.time.Instant;

/**
 * What a clock is started with.
 *
 * @param objectType what is timed, for example {@code case}, {@code hotline-ticket}
 * @param objectId the object's id in its own bundle
 * @param jurisdictionCode the jurisdiction that owns the object; its calendar counts
 * @param department the owning department, for reports
 * @param matterType the kind of matter or ticket, for reports
 * @param limit the time limit, not negative
 * @param unit the limit's unit
 * @param acceptedAt when the object was accepted
 */
public record ClockRequest(
        String objectType,
        String objectId,
        String jurisdictionCode,
        String department,
        String matterType,
        int limit,
        LimitUnit unit,
        Instant acceptedAt) {}
