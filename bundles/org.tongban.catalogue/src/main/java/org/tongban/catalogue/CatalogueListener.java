package org.tongban.catalogue;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears of changes to the public catalogue, for example to keep a search index current. Register an implementation
 * as an OSGi service. Kept for 1.x: the catalogue now publishes the domain events of {@link CatalogueTopics}, and a
 * node-scoped event handler calls these listeners on every node, after the change is committed, in order; an
 * exception thrown by one listener makes the event be delivered again later. New code handles the events directly.
 */
@ConsumerType
public interface CatalogueListener {

    /** A guide was published (or republished with new content); {@code matter} is the content now in the portal. */
    default void published(Matter matter) {}

    /** A published guide was withdrawn from the portal. */
    default void withdrawn(String matterCode) {}

    /** The FAQ entries linked to a matter changed (created, changed or deleted). */
    default void faqsChanged(String matterCode) {}
}
