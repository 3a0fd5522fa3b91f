package org.tongban.search.catalogue;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Feeds the guide search from the matter catalogue. Catalogue events (publish, withdraw, FAQ changes) reach the index
 * within a second without anyone calling this service; {@link #reindexAll()} rebuilds the whole index from the
 * published catalogue, for example after a restore or a change of backend.
 */
@ProviderType
public interface GuideIndexer {

    /** Permission to rebuild the index (the catalogue's publishers). */
    String REINDEX_PERMISSION = "catalogue:publish";

    /**
     * Rebuilds the index from every published guide and its FAQs while the old index keeps answering, and writes the
     * audit log. Blocks until done; only one rebuild runs at a time.
     *
     * @throws org.tongban.platform.api.security.AccessDeniedException without {@link #REINDEX_PERMISSION}
     * @throws IllegalStateException if a rebuild is already running
     */
    ReindexReport reindexAll();

    /** Whether a rebuild is running, and the last one's report. */
    IndexerStatus status();
}
