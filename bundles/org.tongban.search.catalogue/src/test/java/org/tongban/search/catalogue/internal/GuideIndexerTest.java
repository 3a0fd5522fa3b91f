package org.tongban.search.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.search.catalogue.internal.Guides.guide;
import static org.tongban.search.catalogue.internal.Guides.renamed;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.catalogue.CatalogueEditing;
import org.tongban.catalogue.CataloguePermissions;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.internal.CatalogueFixture;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.search.FacetField;
import org.tongban.search.FacetValue;
import org.tongban.search.SearchHit;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchResult;
import org.tongban.search.catalogue.ReindexReport;
import org.tongban.search.internal.GuideSearchEngine;
import org.tongban.search.internal.analysis.TermDictionary;
import org.tongban.search.internal.analysis.TextAnalysis;
import org.tongban.search.internal.lucene.LuceneBackend;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;

/** What citizens and publishers notice of the indexer, on the real catalogue (H2) and the real Lucene search. */
class GuideIndexerTest {
    static final TextAnalysis ANALYSIS = new TextAnalysis(TermDictionary.standard());
    static final String CITY_DEPARTMENT = "370100-SJJ";
    static final String LIXIA_DEPARTMENT = "370102-SJJ";

    static final Matter FOOD = guide("370100-SJJ-XK-001", "食品经营许可（新办）", JINAN, CITY_DEPARTMENT, "食品经营许可申请书", "营业执照");
    static final Matter SMALL_FOOD = guide("370102-SJJ-XK-002", "小餐饮经营许可", LIXIA, LIXIA_DEPARTMENT, "小餐饮登记表");
    static final Matter ADVERTISING = guide("370100-SJJ-XK-003", "户外广告设施设置审批", JINAN, CITY_DEPARTMENT, "户外广告设置申请表");

    @TempDir
    Path folder;

    final TestJurisdictions jurisdictions = new TestJurisdictions().withLaiwu();
    final RecordingAuditLog auditLog = new RecordingAuditLog();
    final FakeAccessControl accessControl =
            FakeAccessControl.threadBound(jurisdictions).auditingDenialsTo(auditLog);
    CatalogueFixture fixture;
    CatalogueEditing editing;
    GuideSearchEngine engine;
    ControllableSearch search;
    CatalogueIndexer indexer;

    @BeforeEach
    void catalogueAndSearch() throws Exception {
        auditLog.actorsFrom(accessControl);
        fixture = CatalogueFixture.onH2(accessControl, auditLog, jurisdictions);
        editing = fixture.editing();
        // A few guides score far under a catalogue: keep every match (the score gate is judged in the search bundle).
        engine = new GuideSearchEngine(
                new LuceneBackend(folder.resolve("lucene")),
                ANALYSIS,
                List::of,
                org.tongban.search.internal.ScoreGate.OPEN);
        search = new ControllableSearch(engine);
        indexer = new CatalogueIndexer(
                fixture.catalogue(), search, accessControl, auditLog, jurisdictions, JINAN, Clock.systemUTC());
        fixture.listen(indexer);
        actAsCityPublisher();
        editing.saveDepartment(new Department(CITY_DEPARTMENT, "济南市市场监督管理局", JINAN, null));
        editing.saveDepartment(new Department(LIXIA_DEPARTMENT, "济南市历下区市场监督管理局", LIXIA, null));
    }

    @AfterEach
    void close() {
        accessControl.logOut();
        engine.close();
    }

    void actAsCityPublisher() {
        accessControl.actAs(
                "city.publisher",
                JINAN,
                CataloguePermissions.READ,
                CataloguePermissions.EDIT,
                CataloguePermissions.PUBLISH);
    }

    void publish(Matter matter) {
        editing.saveDraft(matter, "编辑");
        editing.submit(matter.code(), "送审");
        editing.publish(matter.code(), "同意发布");
    }

    void faq(String code, String question, Matter... matters) {
        editing.saveFaq(new Faq(
                code,
                question,
                "请携带相关材料到窗口办理。",
                Arrays.stream(matters).map(Matter::code).toList()));
    }

    SearchResult search(String text, String citizenOf) {
        return engine.query(SearchQuery.of(text).withJurisdictions(jurisdictions.seenFrom(citizenOf)));
    }

    List<String> found(String text) {
        return ids(engine.query(SearchQuery.of(text)));
    }

    static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    static String hitFor(SearchResult result, String id) {
        return result.hits().stream()
                .filter(h -> h.id().equals(id))
                .map(SearchHit::matterCode)
                .findFirst()
                .orElse(null);
    }

    @Test
    void aPublishedGuideIsFoundAtOnceByNameAndMaterialUnderItsDepartment() {
        publish(FOOD);

        SearchResult byName = search("食品经营许可", LIXIA);
        assertThat(ids(byName)).first().isEqualTo("matter:" + FOOD.code());
        assertThat(byName.facet(FacetField.DEPARTMENT).values())
                .extracting(FacetValue::label)
                .contains("济南市市场监督管理局");
        assertThat(found("食品经营许可申请书")).contains("matter:" + FOOD.code());
    }

    @Test
    void aGuidesLimitsAreIndexedWithTheirUnitsAsASnippetAndAFacet() {
        // 居民身份证法 第十二条: 60 日, in natural days; the promised limit in the same unit.
        publish(FOOD.toBuilder()
                .limits(GuideLimits.of(Limit.naturalDays(60).withNote("居民身份证法 第十二条"), Limit.naturalDays(20)))
                .build());

        SearchResult result = search("食品经营许可", LIXIA);

        assertThat(result.facet(FacetField.PROMISED_LIMIT).values())
                .extracting(FacetValue::value)
                .containsExactly("20 日");
        SearchResult byLaw = search("居民身份证法", LIXIA);
        assertThat(byLaw.hits()).first().satisfies(hit -> assertThat(hit.snippets())
                .extracting(org.tongban.search.Snippet::text)
                .contains("法定 60 日（居民身份证法 第十二条），承诺 20 日"));
    }

    @Test
    void theMatterTypeAndCrossRegionModesAreFacetsByTheirChineseLabels() {
        // A licence handled fully online and jointly; a public service with no cross-region handling.
        publish(FOOD.toBuilder()
                .crossRegion(org.tongban.catalogue.CrossRegionScope.CROSS_PROVINCE)
                .crossRegionModes(List.of(
                        org.tongban.catalogue.CrossRegionMode.FULLY_ONLINE,
                        org.tongban.catalogue.CrossRegionMode.JOINT_HANDLING))
                .build());
        publish(ADVERTISING.toBuilder()
                .type(org.tongban.catalogue.MatterType.PUBLIC_SERVICE)
                .build());

        SearchResult result = engine.query(SearchQuery.of("许可 审批"));

        assertThat(result.facet(FacetField.MATTER_TYPE).values())
                .extracting(FacetValue::value)
                .containsExactlyInAnyOrder("行政许可", "公共服务");
        assertThat(result.facet(FacetField.CROSS_REGION_MODE).values())
                .extracting(FacetValue::value)
                .containsExactlyInAnyOrder("全程网办", "多地联办");
        assertThat(engine.query(SearchQuery.of("许可 审批").withCrossRegionMode("全程网办"))
                        .hits())
                .extracting(SearchHit::matterCode)
                .containsExactly(FOOD.code());
        assertThat(engine.query(SearchQuery.of("许可 审批").withMatterType("公共服务")).hits())
                .extracting(SearchHit::matterCode)
                .containsExactly(ADVERTISING.code());
    }

    @Test
    void theImplementingBodyAndIntermediaryServicesAreFoundAndShownInSnippets() {
        // 土地权属争议: the 人民政府 decides what its bureau handles; an applicant searches by either.
        publish(FOOD.toBuilder()
                .authority(new org.tongban.catalogue.MatterAuthority(
                        "济南市人民政府", null, org.tongban.catalogue.PowerSource.STATUTORY, null, List.of()))
                .intermediaries(
                        List.of(new org.tongban.catalogue.IntermediaryService("施工图设计文件审查", "《建设工程质量管理条例》第十一条", true)))
                .build());

        SearchResult byBody = search("济南市人民政府", LIXIA);
        assertThat(byBody.hits()).first().satisfies(hit -> {
            assertThat(hit.matterCode()).isEqualTo(FOOD.code());
            assertThat(hit.snippets())
                    .filteredOn(snippet -> snippet.field().equals("authority"))
                    .extracting(org.tongban.search.Snippet::text)
                    .containsExactly("济南市人民政府");
        });
        SearchResult byService = search("施工图审查", LIXIA);
        assertThat(byService.hits()).first().satisfies(hit -> assertThat(hit.snippets())
                .extracting(org.tongban.search.Snippet::field)
                .contains("intermediaries"));
    }

    @Test
    void draftsAndGuidesUnderReviewAreNeverSearchable() {
        editing.saveDraft(ADVERTISING, "新建");
        editing.submit(ADVERTISING.code(), "送审");
        assertThat(found("户外广告设施设置审批")).isEmpty();

        publish(FOOD);
        editing.saveDraft(renamed(FOOD, "冷链仓储备案登记"), "改名草稿");
        assertThat(found("冷链仓储备案登记")).doesNotContain("matter:" + FOOD.code());
        assertThat(found("食品经营许可")).contains("matter:" + FOOD.code());

        editing.submit(FOOD.code(), "送审");
        editing.publish(FOOD.code(), "同意");
        assertThat(found("冷链仓储备案登记")).first().isEqualTo("matter:" + FOOD.code());
        assertThat(found("户外广告设施设置审批")).isEmpty();
    }

    @Test
    void aWithdrawnGuideDisappearsWithItsFaqEntries() {
        publish(FOOD);
        faq("FAQ-0001", "开饭店要办哪些证？", FOOD);
        assertThat(found("开饭店要办哪些证")).contains("faq:FAQ-0001");

        editing.withdraw(FOOD.code(), "事项取消");

        assertThat(found("食品经营许可")).isEmpty();
        assertThat(found("开饭店要办哪些证")).isEmpty();
        assertThat(engine.status().documents()).isZero();
    }

    @Test
    void aDeletedOrUnlinkedFaqEntryDisappears() {
        publish(FOOD);
        publish(ADVERTISING);
        faq("FAQ-0001", "开饭店要办哪些证？", FOOD);
        faq("FAQ-0002", "食品经营许可证有效期多久？", FOOD);

        editing.deleteFaq("FAQ-0001");
        assertThat(found("开饭店要办哪些证")).doesNotContain("faq:FAQ-0001");
        assertThat(found("食品经营许可证有效期")).contains("faq:FAQ-0002");

        faq("FAQ-0002", "食品经营许可证有效期多久？", ADVERTISING);
        assertThat(hitFor(engine.query(SearchQuery.of("食品经营许可证有效期")), "faq:FAQ-0002"))
                .isEqualTo(ADVERTISING.code());

        editing.saveDraft(SMALL_FOOD, "新建");
        faq("FAQ-0002", "食品经营许可证有效期多久？", SMALL_FOOD);
        assertThat(found("食品经营许可证有效期")).doesNotContain("faq:FAQ-0002");
        assertThat(engine.status().documents()).isEqualTo(2);
    }

    @Test
    void anFaqEntryIsFiledUnderItsHighestPublishedMatterSoEveryDistrictSeesIt() {
        publish(SMALL_FOOD);
        publish(FOOD);
        faq("FAQ-0003", "小餐馆需要办理哪些许可？", SMALL_FOOD, FOOD);

        assertThat(hitFor(search("小餐馆需要办理哪些许可", SHIZHONG), "faq:FAQ-0003")).isEqualTo(FOOD.code());

        editing.withdraw(FOOD.code(), "事项调整");

        assertThat(ids(search("小餐馆需要办理哪些许可", SHIZHONG))).doesNotContain("faq:FAQ-0003");
        assertThat(hitFor(search("小餐馆需要办理哪些许可", LIXIA), "faq:FAQ-0003")).isEqualTo(SMALL_FOOD.code());
    }

    @Test
    void aDistrictLifeEventMakesACityGuideFindableByItsName() {
        publish(SMALL_FOOD);
        publish(FOOD);
        editing.saveLifeEvent(new LifeEvent(
                "LE-CANYIN",
                "我要开餐馆",
                LIXIA,
                ServedAudience.LEGAL_PERSON,
                null,
                List.of(SMALL_FOOD.code(), FOOD.code()),
                List.of()));
        publish(renamed(FOOD, "食品经营许可（新办、延续）"));

        SearchResult result = engine.query(SearchQuery.of("许可").withLifeEvent("我要开餐馆"));
        assertThat(ids(result)).contains("matter:" + FOOD.code());
    }

    @Test
    void reindexAllBuildsTheWholePublishedCatalogueAndIsAuditedWithThePublisher() throws Exception {
        var loaded = fixture.loadWithoutEvents("/demo/catalogue-jinan.json");
        assertThat(found("有限责任公司设立登记")).isEmpty();
        long published = fixture.catalogue()
                .publishedMatters(new MatterQuery(null, null, null, null, null, 0, 1))
                .total();

        actAsCityPublisher();
        ReindexReport report = indexer.reindexAll();

        assertThat(report.matters()).isEqualTo(published).isEqualTo(loaded.created());
        assertThat(report.faqs()).isGreaterThan(300);
        assertThat(engine.status().documents()).isEqualTo(report.matters() + report.faqs());
        assertThat(found("有限责任公司设立登记")).contains("matter:370100-XSP-XK-001");
        assertThat(ids(engine.query(SearchQuery.of("许可").withLifeEvent("我要开餐馆"))))
                .as("a district's life event bundling a city guide")
                .contains("matter:370100-CXSW-XK-001");
        assertThat(auditLog.withAction(CatalogueIndexer.AUDIT_ACTION))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("city.publisher");
                    assertThat(e.detail()).contains("办事指南 " + report.matters() + " 条");
                });
        assertThat(indexer.status().lastReindex()).contains(report);
        assertThat(indexer.status().running()).isFalse();
    }

    @Test
    void reindexIsDeniedWithoutThePermissionForTheCityAndTheDenialIsAudited() {
        publish(FOOD);

        accessControl.actAs("lixia.publisher", LIXIA, CataloguePermissions.PUBLISH);
        assertThatThrownBy(indexer::reindexAll).isInstanceOf(AccessDeniedException.class);
        accessControl.actAs("city.editor", JINAN, CataloguePermissions.READ, CataloguePermissions.EDIT);
        assertThatThrownBy(indexer::reindexAll).isInstanceOf(AccessDeniedException.class);
        accessControl.logOut();
        assertThatThrownBy(indexer::reindexAll).isInstanceOf(AccessDeniedException.class);

        assertThat(auditLog.withAction("access.denied"))
                .extracting(RecordingAuditLog.Recorded::actor)
                .containsExactly("lixia.publisher", "city.editor", "system");
        assertThat(auditLog.withAction(CatalogueIndexer.AUDIT_ACTION)).isEmpty();
        assertThat(indexer.status().lastReindex()).isEmpty();
        assertThat(found("食品经营许可")).contains("matter:" + FOOD.code());
    }

    @Test
    void onlyOneRebuildRunsAtATime() throws Exception {
        publish(FOOD);
        search.holdReindex();
        CompletableFuture<ReindexReport> first = CompletableFuture.supplyAsync(() -> {
            actAsCityPublisher();
            return indexer.reindexAll();
        });
        search.awaitReindexStarted();

        assertThat(indexer.status().running()).isTrue();
        assertThatThrownBy(indexer::reindexAll)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("正在重建");

        search.releaseReindex();
        assertThat(first.get().matters()).isEqualTo(1);
        assertThat(indexer.status().running()).isFalse();
    }

    @Test
    void changesMadeWhileTheCatalogueIsBeingRebuiltAreKept() throws Exception {
        publish(FOOD);
        publish(ADVERTISING);
        faq("FAQ-0001", "开饭店要办哪些证？", FOOD);
        faq("FAQ-0002", "户外广告牌要审批吗？", ADVERTISING);
        search.holdReindex();
        CompletableFuture<ReindexReport> rebuild = CompletableFuture.supplyAsync(() -> {
            actAsCityPublisher();
            return indexer.reindexAll();
        });
        search.awaitReindexStarted();

        editing.withdraw(FOOD.code(), "事项取消");
        editing.deleteFaq("FAQ-0002");
        publish(SMALL_FOOD);
        search.releaseReindex();
        rebuild.get();

        assertThat(found("食品经营许可（新办）")).doesNotContain("matter:" + FOOD.code());
        assertThat(found("开饭店要办哪些证")).doesNotContain("faq:FAQ-0001");
        assertThat(found("户外广告牌要审批吗")).doesNotContain("faq:FAQ-0002");
        assertThat(found("小餐饮经营许可")).contains("matter:" + SMALL_FOOD.code());
        assertThat(found("户外广告设施设置审批")).contains("matter:" + ADVERTISING.code());
        assertThat(engine.status().documents()).isEqualTo(2);
    }

    @Test
    void aFailingIndexNeverFailsThePublicationAndTheErrorIsShownUntilRepaired() {
        search.failing = true;
        publish(FOOD);

        assertThat(fixture.catalogue().publishedMatter(FOOD.code())).isPresent();
        assertThat(indexer.status().lastError())
                .hasValueSatisfying(e -> assertThat(e).contains(FOOD.code()).contains("搜索服务不可用"));
        assertThatThrownBy(indexer::reindexAll).hasMessageContaining("搜索服务不可用");
        assertThat(indexer.status().lastError())
                .hasValueSatisfying(e -> assertThat(e).startsWith("重建搜索索引失败"));

        search.failing = false;
        indexer.reindexAll();
        assertThat(indexer.status().lastError()).isEmpty();
        assertThat(found("食品经营许可")).contains("matter:" + FOOD.code());
    }
}
