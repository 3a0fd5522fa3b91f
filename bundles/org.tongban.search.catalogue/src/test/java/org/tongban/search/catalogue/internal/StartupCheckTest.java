package org.tongban.search.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.testing.Jinan.JINAN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.tongban.catalogue.CataloguePermissions;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.ImportResult;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.internal.CatalogueFixture;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchStatus;
import org.tongban.search.catalogue.ReindexReport;
import org.tongban.search.internal.GuideSearchEngine;
import org.tongban.search.internal.lucene.LuceneBackend;
import org.tongban.testing.Contributions;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;

/**
 * A fresh city: the demo catalogue is loaded without any event, yet citizens find it a few seconds after the start,
 * and a restart with an index in step rebuilds nothing but still removes what a later withdrawal leaves behind. After
 * an upgrade that changed the document format, the index is rebuilt even when its size is right.
 */
class StartupCheckTest {
    @TempDir
    Path folder;

    final TestJurisdictions jurisdictions = new TestJurisdictions().withLaiwu();
    final RecordingAuditLog auditLog = new RecordingAuditLog();
    final FakeAccessControl accessControl =
            FakeAccessControl.threadBound(jurisdictions).auditingDenialsTo(auditLog);
    CatalogueFixture fixture;
    GuideSearchEngine engine;
    ImportResult demo;

    @BeforeEach
    void demoCity() throws Exception {
        auditLog.actorsFrom(accessControl);
        fixture = CatalogueFixture.onH2(accessControl, auditLog, jurisdictions);
        demo = fixture.loadWithoutEvents("/demo/catalogue-jinan.json");
        engine =
                new GuideSearchEngine(new LuceneBackend(folder.resolve("lucene")), GuideIndexerTest.ANALYSIS, List::of);
    }

    @AfterEach
    void close() {
        accessControl.logOut();
        engine.close();
    }

    CatalogueIndexer newIndexer() {
        CatalogueIndexer indexer = new CatalogueIndexer(
                fixture.catalogue(), engine, accessControl, auditLog, jurisdictions, JINAN, Clock.systemUTC());
        fixture.listen(indexer);
        return indexer;
    }

    @Test
    void theComponentBuildsAFreshCitysIndexInTheBackgroundAfterItStarts() throws Exception {
        BundleContext context = Contributions.bundleContext(JINAN);
        GuideIndexerComponent component =
                new GuideIndexerComponent(context, fixture.catalogue(), engine, accessControl, auditLog, jurisdictions);
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (component.status().lastReindex().isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            ReindexReport report = component.status().lastReindex().orElseThrow();
            assertThat(report.matters()).isEqualTo(demo.created());
            assertThat(ids("有限责任公司设立登记")).contains("matter:370100-XSP-XK-001");
            assertThat(auditLog.withAction(CatalogueIndexer.AUDIT_ACTION))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("system");
                        assertThat(e.detail()).contains("系统已重建");
                    });
        } finally {
            component.deactivate();
        }
    }

    @Test
    void aRestartWithAnIndexInStepRebuildsNothingButStillTracksTheFaqEntries() {
        assertThat(newIndexer().rebuildIfOutOfStep(() -> false)).isPresent();
        long documents = engine.status().documents();

        assertThat(engine.status().format()).isEqualTo(SearchDocument.FORMAT);
        CatalogueIndexer restarted = newIndexer();
        assertThat(restarted.rebuildIfOutOfStep(() -> false)).isEmpty();
        assertThat(engine.status().documents()).isEqualTo(documents);
        assertThat(auditLog.withAction(CatalogueIndexer.AUDIT_ACTION)).hasSize(1);

        Faq own = faqOwnedByOneMatter();
        String matter = own.matterCodes().getFirst();
        assertThat(ids(own.question())).contains("faq:" + own.code());
        accessControl.actAs("city.publisher", JINAN, CataloguePermissions.READ, CataloguePermissions.PUBLISH);
        fixture.editing().withdraw(matter, "事项调整");

        assertThat(ids(own.question())).doesNotContain("faq:" + own.code(), "matter:" + matter);
        assertThat(restarted.status().lastError()).isEmpty();
    }

    @Test
    void anIndexWithTheRightSizeButAnOlderFormatIsRebuiltAndTheAuditSaysWhy() throws Exception {
        assertThat(newIndexer().rebuildIfOutOfStep(() -> false)).isPresent();
        long documents = engine.status().documents();
        restartWithRecordedFormat("0");
        assertThat(engine.status().documents()).isEqualTo(documents);

        assertThat(newIndexer().rebuildIfOutOfStep(() -> false)).isPresent();
        assertThat(engine.status().format()).isEqualTo(SearchDocument.FORMAT);
        assertThat(engine.status().documents()).isEqualTo(documents);
        assertThat(auditLog.withAction(CatalogueIndexer.AUDIT_ACTION)).last().satisfies(e -> assertThat(e.detail())
                .contains("索引格式由 0 变为 " + SearchDocument.FORMAT)
                .doesNotContain("条，事项目录应有"));
    }

    @Test
    void anIndexBuiltBeforeFormatsWereRecordedIsRebuiltOnceAndThenLeftAlone() throws Exception {
        assertThat(newIndexer().rebuildIfOutOfStep(() -> false)).isPresent();
        restartWithRecordedFormat(null);
        assertThat(engine.status().format()).isNull();

        assertThat(newIndexer().rebuildIfOutOfStep(() -> false)).isPresent();
        assertThat(auditLog.withAction(CatalogueIndexer.AUDIT_ACTION)).last().satisfies(e -> assertThat(e.detail())
                .contains("索引格式由 未记录 变为 " + SearchDocument.FORMAT));

        assertThat(newIndexer().rebuildIfOutOfStep(() -> false)).isEmpty();
        assertThat(auditLog.withAction(CatalogueIndexer.AUDIT_ACTION)).hasSize(2);
    }

    @Test
    void theReasonNamesTheFormatAndTheCountsThatDiffer() {
        String format = SearchDocument.FORMAT;
        assertThat(CatalogueIndexer.outOfStep(status(120, format), 120)).isNull();
        assertThat(CatalogueIndexer.outOfStep(status(120, "0"), 120)).isEqualTo("索引格式由 0 变为 " + format);
        assertThat(CatalogueIndexer.outOfStep(status(0, format), 120)).isEqualTo("索引原有 0 条，事项目录应有 120 条");
        assertThat(CatalogueIndexer.outOfStep(status(-1, null), 120))
                .isEqualTo("索引格式由 未记录 变为 " + format + "；索引原有 0 条，事项目录应有 120 条");
    }

    private static SearchStatus status(long documents, String format) {
        return new SearchStatus("lucene", SearchStatus.State.UP, "", documents, format);
    }

    // Stops the search, makes its index record the format as an earlier release would have, and starts it again.
    private void restartWithRecordedFormat(String format) throws Exception {
        engine.close();
        Path lucene = folder.resolve("lucene");
        String live = Files.readString(lucene.resolve("current"), StandardCharsets.UTF_8)
                .strip();
        try (Directory directory = FSDirectory.open(lucene.resolve(live));
                IndexWriter writer = new IndexWriter(
                        directory,
                        new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(
                    format == null
                            ? Map.<String, String>of().entrySet()
                            : Map.of("tongban.format", format).entrySet());
            writer.commit();
        }
        engine = new GuideSearchEngine(new LuceneBackend(lucene), GuideIndexerTest.ANALYSIS, List::of);
    }

    // An FAQ entry of the demo whose only matter is a city matter, so a city publisher may withdraw it.
    private Faq faqOwnedByOneMatter() {
        for (MatterSummary summary : fixture.catalogue()
                .publishedMatters(new MatterQuery(JINAN, null, null, null, null, 0, 200))
                .items()) {
            for (Faq faq : fixture.catalogue().faqs(summary.code())) {
                if (faq.matterCodes().equals(List.of(summary.code()))) {
                    return faq;
                }
            }
        }
        throw new AssertionError("the demo catalogue has no FAQ entry of one city matter");
    }

    private List<String> ids(String text) {
        return engine.query(SearchQuery.of(text)).hits().stream()
                .map(h -> h.id())
                .toList();
    }
}
