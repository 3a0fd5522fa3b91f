package org.tongban.search.catalogue.internal;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.CatalogueTopics;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.events.EventHandler;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.search.GuideSearch;
import org.tongban.search.catalogue.GuideIndexer;
import org.tongban.search.catalogue.IndexerStatus;
import org.tongban.search.catalogue.ReindexReport;

/**
 * The guide indexer as a service and as a handler of the catalogue's events (one component, so both share what the
 * index holds). The handler is node-scoped: every node keeps its own embedded index, and each catches up from its own
 * position in the events, whichever node the edit was made on. At activation it checks the index against the
 * catalogue in a thread of its own, so the platform's start does not wait for a scan of the whole catalogue.
 */
@Component(
        service = {GuideIndexer.class, DomainEventHandler.class},
        immediate = true)
@EventHandler(topics = CatalogueTopics.ALL, handler = "search-guide-index", scope = EventHandler.NODE)
public final class GuideIndexerComponent implements GuideIndexer, DomainEventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(GuideIndexerComponent.class);

    private final CatalogueIndexer indexer;
    private final ExecutorService startupCheck = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("tongban-guide-index").unstarted(r));
    private volatile boolean stopping;

    @Activate
    public GuideIndexerComponent(
            BundleContext context,
            @Reference MatterCatalogue catalogue,
            @Reference GuideSearch search,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference Jurisdictions jurisdictions) {
        String root = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
        this.indexer = new CatalogueIndexer(
                catalogue, search, accessControl, auditLog, jurisdictions, blankToNull(root), Clock.systemUTC());
        startupCheck.execute(this::checkIndex);
    }

    private void checkIndex() {
        try {
            indexer.rebuildIfOutOfStep(() -> stopping);
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.error("Guide index: the check against the catalogue at start failed", e);
            }
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        startupCheck.shutdown();
        if (!startupCheck.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("Guide index: the start-up check did not stop within 30 seconds");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Every catalogue event re-reads the matter's published state, so repeats and late arrivals do no harm. */
    @Override
    public void handle(DomainEvent event) {
        String code = event.get(CatalogueTopics.MATTER);
        if (code != null) {
            indexer.matterChanged(code);
        }
    }

    @Override
    public ReindexReport reindexAll() {
        return indexer.reindexAll();
    }

    @Override
    public IndexerStatus status() {
        return indexer.status();
    }
}
