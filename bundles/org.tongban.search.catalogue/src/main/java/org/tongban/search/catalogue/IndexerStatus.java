package org.tongban.search.catalogue;

import java.util.Optional;

/**
 * What the indexer is doing.
 *
 * @param running whether a full reindex is running now
 * @param lastReindex the report of the last finished reindex since the platform started
 * @param lastError the message of the last failed index update or reindex, if the last attempt failed
 */
public record IndexerStatus(boolean running, Optional<ReindexReport> lastReindex, Optional<String> lastError) {}
