package org.tongban.helpdesk;

/**
 * The events of the help desk. Each step of the workflow publishes {@code helpdesk/<ACTION>} ({@code
 * helpdesk/TAKE}, {@code helpdesk/HANDOVER}, {@code helpdesk/COMPLETE} …) with the request's number; these are the
 * help desk's own.
 */
public final class HelpdeskTopics {
    /** A request was registered: {@code number}, {@code jurisdiction}, {@code channel}, {@code kind}. */
    public static final String REGISTERED = "helpdesk/REGISTERED";

    /**
     * A helper pre-checked the materials: {@code id}, {@code number}, {@code matter}, {@code missing} (names joined by
     * {@code 、}, empty when complete), {@code citizenAccount} when the requester asked from the portal.
     */
    public static final String PRECHECKED = "helpdesk/PRECHECKED";

    /**
     * The person helped rated a closed request: {@code id}, {@code number}, {@code jurisdiction}, {@code rating} (a
     * {@link HelpRating} name).
     *
     * @since 1.2
     */
    public static final String RATED = "helpdesk/RATED";

    /** Every topic of the help desk, for handlers and page caches. */
    public static final String ALL = "helpdesk/*";

    private HelpdeskTopics() {}
}
