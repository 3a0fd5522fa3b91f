package org.tongban.catalogue;

/**
 * The domain events the catalogue publishes (see {@code org.tongban.platform.api.events}), in the transaction of the
 * change: aggregate {@code matter/<code>}, payload {@link #MATTER}. Handlers read the current published state from
 * {@link MatterCatalogue}, so a repeated or late event does no harm.
 */
public final class CatalogueTopics {
    /** A guide was published, or republished with new content. */
    public static final String PUBLISHED = "catalogue/PUBLISHED";

    /** A published guide was withdrawn from the portal. */
    public static final String WITHDRAWN = "catalogue/WITHDRAWN";

    /** The FAQ entries linked to a matter changed. */
    public static final String FAQS_CHANGED = "catalogue/FAQS_CHANGED";

    /** Every catalogue topic, for a handler's {@code event.topics}. */
    public static final String ALL = "catalogue/*";

    /** Payload key: the matter's code. */
    public static final String MATTER = "matter";

    private CatalogueTopics() {}
}
