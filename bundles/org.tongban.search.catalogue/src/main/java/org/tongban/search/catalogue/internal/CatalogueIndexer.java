package org.tongban.search.catalogue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.CatalogueListener;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchStatus;
import org.tongban.search.catalogue.GuideIndexer;
import org.tongban.search.catalogue.IndexerStatus;
import org.tongban.search.catalogue.ReindexReport;

/**
 * Keeps the guide index in step with the catalogue. Events are applied on the catalogue's thread, one at a time; a
 * full rebuild scans without holding them up (the search engine carries changes made meanwhile into the new index),
 * then re-applies every matter an event touched during the scan, since the scan may have read it before the change.
 */
final class CatalogueIndexer implements GuideIndexer, CatalogueListener {
    static final String AUDIT_ACTION = "search.reindex";
    static final String AUDIT_TARGET = "guide-index";
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueIndexer.class);

    private final GuideSearch search;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final String rootJurisdiction;
    private final CatalogueScan scan;
    private final MatterRefresh refresh;
    private final Clock clock;

    private final Object lock = new Object();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong changes = new AtomicLong();
    private IndexMemory memory = IndexMemory.empty();
    private Set<String> touchedDuringRebuild;
    private volatile ReindexReport lastReindex;
    private volatile String lastError;

    /**
     * @param rootJurisdiction the city's jurisdiction, where the reindex permission must be held; {@code null} to
     *     accept it held anywhere
     */
    CatalogueIndexer(
            MatterCatalogue catalogue,
            GuideSearch search,
            AccessControl accessControl,
            AuditLog auditLog,
            Jurisdictions jurisdictions,
            String rootJurisdiction,
            Clock clock) {
        this.search = search;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.rootJurisdiction = rootJurisdiction;
        this.scan = new CatalogueScan(catalogue, jurisdictions);
        this.refresh = new MatterRefresh(catalogue, search, jurisdictions);
        this.clock = clock;
    }

    @Override
    public void published(Matter matter) {
        update(matter.code());
    }

    @Override
    public void withdrawn(String matterCode) {
        update(matterCode);
    }

    @Override
    public void faqsChanged(String matterCode) {
        update(matterCode);
    }

    /**
     * Re-reads a matter's published guide and FAQs into the index; a failure is shown in the status and thrown, so
     * that the catalogue event that asked for it is delivered again.
     */
    void matterChanged(String matterCode) {
        RuntimeException failure = refreshOrRecord(matterCode);
        if (failure != null) {
            throw failure;
        }
    }

    // Never throws: the catalogue has committed already, and a failing index must not look like a failed publication.
    private void update(String matterCode) {
        refreshOrRecord(matterCode);
    }

    private RuntimeException refreshOrRecord(String matterCode) {
        try {
            synchronized (lock) {
                changes.incrementAndGet();
                if (touchedDuringRebuild != null) {
                    touchedDuringRebuild.add(matterCode);
                }
                refresh.refresh(matterCode, memory);
            }
            lastError = null;
            return null;
        } catch (RuntimeException e) {
            LOG.warn("Guide index: updating matter {} failed; it is retried", matterCode, e);
            lastError = "更新事项「" + matterCode + "」的搜索索引失败：" + message(e);
            return e;
        }
    }

    @Override
    public ReindexReport reindexAll() {
        if (rootJurisdiction == null) {
            accessControl.check(REINDEX_PERMISSION);
        } else {
            accessControl.check(REINDEX_PERMISSION, rootJurisdiction);
        }
        return rebuild(false, () -> false).orElseThrow();
    }

    /**
     * The check at start: the catalogue may have been filled without events (demo data, a restored database), and an
     * upgrade may have changed what a document holds, so the index is rebuilt, as the system, when it holds another
     * number of documents than the catalogue gives or was built with another {@link SearchDocument#FORMAT} (or none
     * recorded: an index from before formats were). Either way the scan fills the memory that later events rely on.
     *
     * @return the report when a rebuild was needed
     */
    Optional<ReindexReport> rebuildIfOutOfStep(BooleanSupplier cancelled) {
        return rebuild(true, cancelled);
    }

    private Optional<ReindexReport> rebuild(boolean onlyIfOutOfStep, BooleanSupplier cancelled) {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("搜索索引正在重建，请等待完成后再试");
        }
        Instant start = clock.instant();
        try {
            synchronized (lock) {
                touchedDuringRebuild = new HashSet<>();
            }
            LOG.info("Guide index: reading the published catalogue{}", onlyIfOutOfStep ? " to check the index" : "");
            CatalogueScan.Snapshot snapshot = scan.read(changes::get, cancelled);
            String why = onlyIfOutOfStep
                    ? outOfStep(search.status(), snapshot.documents().size())
                    : null;
            boolean needed = !onlyIfOutOfStep || why != null;
            ReindexReport report = null;
            if (needed) {
                LOG.info(
                        "Guide index: rebuilding with {} guides and {} FAQ entries{}",
                        snapshot.matters(),
                        snapshot.faqs(),
                        why == null ? "" : " (" + why + ")");
                search.reindex(snapshot.documents());
                Instant finished = clock.instant();
                report = new ReindexReport(
                        snapshot.matters(), snapshot.faqs(), finished, Duration.between(start, finished));
            }
            lastError = null;
            adopt(snapshot.memory());
            if (report != null) {
                lastReindex = report;
                auditLog.record(AUDIT_ACTION, AUDIT_TARGET, detail(report, why));
                LOG.info(
                        "Guide index: rebuilt, {} guides and {} FAQ entries in {} ms",
                        report.matters(),
                        report.faqs(),
                        report.took().toMillis());
            } else {
                LOG.info(
                        "Guide index: in step with the catalogue ({} documents, format {})",
                        snapshot.documents().size(),
                        SearchDocument.FORMAT);
            }
            return Optional.ofNullable(report);
        } catch (RuntimeException e) {
            lastError = "重建搜索索引失败：" + message(e);
            throw e;
        } finally {
            synchronized (lock) {
                touchedDuringRebuild = null;
            }
            running.set(false);
        }
    }

    /**
     * Why the index needs a rebuild at start, in Chinese for the log and the audit detail; {@code null} when it is in
     * step. A backend that cannot tell its size or format is out of step, so the rebuild tries (and reports failure).
     */
    static String outOfStep(SearchStatus status, long catalogueDocuments) {
        List<String> reasons = new ArrayList<>();
        if (!SearchDocument.FORMAT.equals(status.format())) {
            reasons.add(
                    "索引格式由 " + (status.format() == null ? "未记录" : status.format()) + " 变为 " + SearchDocument.FORMAT);
        }
        if (status.documents() != catalogueDocuments) {
            reasons.add("索引原有 " + Math.max(status.documents(), 0) + " 条，事项目录应有 " + catalogueDocuments + " 条");
        }
        return reasons.isEmpty() ? null : String.join("；", reasons);
    }

    // The scan's memory replaces the old one; matters changed during the scan are read again on top of it.
    private void adopt(IndexMemory scanned) {
        synchronized (lock) {
            memory = scanned;
            for (String code : touchedDuringRebuild) {
                try {
                    refresh.refresh(code, memory);
                } catch (RuntimeException e) {
                    LOG.warn("Guide index: updating matter {} after the rebuild failed", code, e);
                    lastError = "更新事项「" + code + "」的搜索索引失败：" + message(e);
                }
            }
            touchedDuringRebuild = null;
        }
    }

    private static String detail(ReindexReport report, String whyBySystem) {
        String counts = "办事指南 " + report.matters() + " 条，常见问题 " + report.faqs() + " 条，用时 "
                + report.took().toMillis() + " 毫秒";
        return whyBySystem != null ? "启动时检查搜索索引：" + whyBySystem + "，系统已重建：" + counts : "重建搜索索引：" + counts;
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public IndexerStatus status() {
        return new IndexerStatus(running.get(), Optional.ofNullable(lastReindex), Optional.ofNullable(lastError));
    }
}
