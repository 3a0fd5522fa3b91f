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
 * @param cutoff when the last day ends: closing time for the agency's own deadlines (the default), 24:00 for those
 *     the applicant meets online (补正, 容缺 supply, objections); ignored for limits in hours
 * @param extensionRule how far the clock may be extended, or {@code null} for the city's default for the unit
 */
public record ClockRequest(
        String objectType,
        String objectId,
        String jurisdictionCode,
        String department,
        String matterType,
        int limit,
        LimitUnit unit,
        Instant acceptedAt,
        Cutoff cutoff,
        ExtensionRule extensionRule) {

    /** A clock that ends at closing time and extends as the city's default for its unit allows. */
    public ClockRequest(
            String objectType,
            String objectId,
            String jurisdictionCode,
            String department,
            String matterType,
            int limit,
            LimitUnit unit,
            Instant acceptedAt) {
        this(objectType, objectId, jurisdictionCode, department, matterType, limit, unit, acceptedAt, null, null);
    }

    /** The cutoff, closing time when none was given. */
    public Cutoff effectiveCutoff() {
        return cutoff == null ? Cutoff.CLOSING_TIME : cutoff;
    }
}
