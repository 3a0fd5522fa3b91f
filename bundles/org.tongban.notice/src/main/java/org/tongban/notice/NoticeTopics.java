package org.tongban.notice;

/**
 * The domain events of the notices, published in the transaction of the change: aggregate {@code notice/<id>},
 * payload {@link #JURISDICTION}. The public notice pages and the home page drop their rendered copies on them.
 */
public final class NoticeTopics {
    /** A notice was published. */
    public static final String PUBLISHED = "notice/PUBLISHED";

    /** A notice was withdrawn. */
    public static final String WITHDRAWN = "notice/WITHDRAWN";

    /** Every notice topic, for a handler's {@code event.topics}. */
    public static final String ALL = "notice/*";

    /** Payload key: the jurisdiction the notice was published for. */
    public static final String JURISDICTION = "jurisdiction";

    private NoticeTopics() {}
}
