package org.tongban.hotline;

/**
 * Domain events of the hotline besides the workflow's {@code hotline/ACTION}. Aggregate {@code hotline/<number>}.
 */
public final class HotlineTopics {
    /** A limit's yellow warning: payload {@code number}, {@code unit}, {@code limit} (SIGN or HANDLE), {@code due}. */
    public static final String WARNING = "hotline/WARNING";

    /**
     * 督办: the limit passed; payload as {@link #WARNING} plus {@code leader}, the unit leader's user name it escalates
     * to (empty when the unit names none).
     */
    public static final String SUPERVISE = "hotline/SUPERVISE";

    /** A retried callback is due again: payload {@code number}, {@code attempt}. */
    public static final String CALLBACK_DUE = "hotline/CALLBACK_DUE";

    /** An assisting unit or a sub-unit signed for its part: payload {@code number}, {@code unit}. */
    public static final String SIGN_PART = "hotline/SIGN_PART";

    /** An assisting unit or a sub-unit replied to the lead unit: payload {@code number}, {@code unit}. */
    public static final String REPLY_PART = "hotline/REPLY_PART";

    /** A unit handed its part on to a sub-unit: payload {@code number}, {@code from}, {@code to}. */
    public static final String SUB_DISPATCH = "hotline/SUB_DISPATCH";

    /**
     * A knowledge-base article was flagged for review: payload {@code article}, {@code flag} (UNUSED or CONTRADICTED)
     * and, for a contradiction, the ticket's {@code number}. Aggregate {@code hotline-article/<id>}.
     *
     * @since 1.3
     */
    public static final String KNOWLEDGE_FLAGGED = "hotline/KNOWLEDGE_FLAGGED";

    private HotlineTopics() {}
}
