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
import org.tongban.catalogue.CatalogueListener;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.search.GuideSearch;
import org.tongban.search.catalogue.GuideIndexer;
import org.tongban.search.catalogue.IndexerStatus;
import org.tongban.search.catalogue.ReindexReport;

/**
 * The guide indexer as a service and as the catalogue's listener (one component, so both share what the index
 * holds). At activation it checks the index against the catalogue in a thread of its own, so the platform's start
 * does not wait for a scan of the whole catalogue.
 */
@Component(
        service = {GuideIndexer.class, CatalogueListener.class},
        immediate = true)
public final class GuideIndexerComponent implements GuideIndexer, CatalogueListener {
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

    @Override
    public void published(Matter matter) {
        indexer.published(matter);
    }

    @Override
    public void withdrawn(String matterCode) {
        indexer.withdrawn(matterCode);
    }

    @Override
    public void faqsChanged(String matterCode) {
        indexer.faqsChanged(matterCode);
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
