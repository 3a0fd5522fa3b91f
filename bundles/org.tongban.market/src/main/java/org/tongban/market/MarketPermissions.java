package org.tongban.market;

/** The staff permissions of the market; agencies and owners need none, they act through their own public account. */
public final class MarketPermissions {
    /** See agencies under review, sign-ups, qualification scans and the audit of the market. */
    public static final String READ = "market:read";

    /** Check an agency's facts and publish or return it (the market office), at the agency's jurisdiction. */
    public static final String REVIEW = "market:review";

    /** Fix draw inputs, run selections, answer objections, terminate projects, score and record conduct. */
    public static final String SUPERVISE = "market:supervise";

    /** Define service types and the avoidance list. */
    public static final String CONFIGURE = "market:configure";

    private MarketPermissions() {}
}
