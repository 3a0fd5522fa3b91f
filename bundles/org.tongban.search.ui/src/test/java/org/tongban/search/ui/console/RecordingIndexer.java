package org.tongban.search.ui.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tongban.search.catalogue.GuideIndexer;
import org.tongban.search.catalogue.IndexerStatus;
import org.tongban.search.catalogue.ReindexReport;

/**
 * An indexer that rebuilds by returning the report given (or throwing the failure given), keeps its status like the
 * real one (running during the rebuild, the last report after) and counts the rebuilds it was asked for.
 */
final class RecordingIndexer implements GuideIndexer {
    static final ReindexReport REPORT =
            new ReindexReport(120, 340, Instant.parse("2025-03-10T02:05:00Z"), Duration.ofMillis(12_345));

    int rebuilds;
    boolean running;
    ReindexReport last;
    String lastError;
    RuntimeException failure;

    @Override
    public ReindexReport reindexAll() {
        rebuilds++;
        if (failure != null) {
            throw failure;
        }
        last = REPORT;
        return REPORT;
    }

    @Override
    public IndexerStatus status() {
        return new IndexerStatus(running, Optional.ofNullable(last), Optional.ofNullable(lastError));
    }
}
