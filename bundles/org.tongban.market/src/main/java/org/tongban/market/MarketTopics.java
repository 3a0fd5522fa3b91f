package org.tongban.market;

/** Topics of the outbox events the market publishes, besides the workflow's {@code market-project/ACTION}. */
public final class MarketTopics {
    /** An agency was published in the directory; aggregate {@code market-agency/<id>}. */
    public static final String AGENCY_PUBLISHED = "market/AGENCY_PUBLISHED";

    /** A qualification expires within the warning period; payload {@code agency}, {@code type}, {@code validUntil}. */
    public static final String QUALIFICATION_EXPIRING = "market/QUALIFICATION_EXPIRING";

    /** A qualification expired and the agency is suspended for its type. */
    public static final String QUALIFICATION_SUSPENDED = "market/QUALIFICATION_SUSPENDED";

    /** A draw ran; payload {@code project}, {@code winner}, {@code key}. */
    public static final String DRAW = "market/DRAW";

    /** The service of a project nears its deadline; payload {@code project}, {@code due}. */
    public static final String SERVICE_WARNING = "market/SERVICE_WARNING";

    /** A bad-conduct record was written; payload {@code agency}, {@code rule}. */
    public static final String CONDUCT = "market/CONDUCT";

    private MarketTopics() {}
}
