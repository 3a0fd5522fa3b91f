package org.tongban.catalogue;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears of changes to the public catalogue, for example to keep a search index current. Register an implementation
 * as an OSGi service. Called after the change is committed, on the thread that made it; an exception thrown by one
 * listener is logged and does not reach the others or the caller.
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
