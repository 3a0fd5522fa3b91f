package org.tongban.catalogue;

/**
 * The time limits of a matter, each with its own unit.
 *
 * @param legal legal limit (法定办结时限)
 * @param promised promised limit (承诺办结时限), never longer than the legal one
 * @param acceptance limit for deciding whether to accept (受理时限); {@link #ACCEPTANCE_DEFAULT} unless a rule says
 *     otherwise
 * @param delivery limit for delivering the result after the decision (送达时限); {@link #DELIVERY_DEFAULT} unless a
 *     rule says otherwise
 * @param extension how the legal limit may be extended, or {@code null} when it may not
 */
public record GuideLimits(Limit legal, Limit promised, Limit acceptance, Limit delivery, Extension extension) {

    /**
     * 行政许可法 第三十二条 (decide within 5 days whether to accept) with 第八十二条 (the periods of that law are working
     * days). Used where a guide or an older file states no acceptance limit.
     */
    public static final Limit ACCEPTANCE_DEFAULT = new Limit(5, Limit.Unit.WORKING_DAYS, "行政许可法 第三十二条");

    /**
     * 行政许可法 第四十四条 (issue and deliver within 10 days of the decision) with 第八十二条 (working days). Used where
     * a guide or an older file states no delivery limit.
     */
    public static final Limit DELIVERY_DEFAULT = new Limit(10, Limit.Unit.WORKING_DAYS, "行政许可法 第四十四条");

    /** Legal and promised limits in working days, with the default acceptance and delivery limits, not extendable. */
    public static GuideLimits workingDays(int legal, int promised) {
        return new GuideLimits(
                Limit.workingDays(legal), Limit.workingDays(promised), ACCEPTANCE_DEFAULT, DELIVERY_DEFAULT, null);
    }

    /** Legal and promised limits with the default acceptance and delivery limits, not extendable. */
    public static GuideLimits of(Limit legal, Limit promised) {
        return new GuideLimits(legal, promised, ACCEPTANCE_DEFAULT, DELIVERY_DEFAULT, null);
    }

    /** The same limits with another promised limit. */
    public GuideLimits withPromised(Limit promised) {
        return new GuideLimits(legal, promised, acceptance, delivery, extension);
    }

    /** The same limits with an extension rule. */
    public GuideLimits withExtension(Extension extension) {
        return new GuideLimits(legal, promised, acceptance, delivery, extension);
    }
}
