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
 * @param hallCode the service hall of the jurisdiction where the application was accepted, or {@code null} (since
 *     3.1): with {@link Cutoff#CLOSING_TIME}, acceptance after closing time, the last day's closing time and working
 *     hours follow that hall's office hours; with {@link Cutoff#END_OF_DAY} the applicant meets the deadline online
 *     and the jurisdiction's hours count, as without a hall
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
        ExtensionRule extensionRule,
        String hallCode) {

    /** A clock counted with the jurisdiction's own office hours, not a hall's. */
    public ClockRequest(
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
        this(
                objectType,
                objectId,
                jurisdictionCode,
                department,
                matterType,
                limit,
                unit,
                acceptedAt,
                cutoff,
                extensionRule,
                null);
    }

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
        this(objectType, objectId, jurisdictionCode, department, matterType, limit, unit, acceptedAt, null, null, null);
    }

    /** The hall whose office hours the clock counts with: its hall at closing-time cutoff, else none. */
    public String countingHall() {
        return effectiveCutoff() == Cutoff.CLOSING_TIME ? hallCode : null;
    }

    /** The cutoff, closing time when none was given. */
    public Cutoff effectiveCutoff() {
        return cutoff == null ? Cutoff.CLOSING_TIME : cutoff;
    }
}
