package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.search.internal.TestDocuments.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.search.DocumentKind;
import org.tongban.search.FacetField;
import org.tongban.search.FacetValue;
import org.tongban.search.Fragment;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchHit;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchQueryException;
import org.tongban.search.SearchResult;
import org.tongban.search.Snippet;
import org.tongban.search.SynonymEntry;
import org.tongban.search.internal.analysis.TermDictionary;
import org.tongban.search.internal.analysis.TextAnalysis;

/** What citizens notice about search, checked the same way against every backend. */
abstract class GuideSearchContract {
    static final TextAnalysis ANALYSIS = new TextAnalysis(TermDictionary.standard());

    final AtomicReference<List<SynonymEntry>> synonyms = new AtomicReference<>(SynonymStore.defaults());
    GuideSearchEngine search;

    /** A fresh, empty backend. */
    abstract SearchBackend newBackend();

    /** A backend on the same index as the last {@link #newBackend()}, as after a restart of the platform. */
    abstract SearchBackend reopen();

    /**
     * Makes the live index record another format, or none for {@code null}, the way an earlier release left it; the
     * search is closed meanwhile.
     */
    abstract void recordFormat(String format) throws Exception;

    /** Closes the search and opens it again on the same index. */
    void restart() {
        search.close();
        search = new GuideSearchEngine(reopen(), ANALYSIS, synonyms::get);
    }

    // Absolute scores over a few documents are not those of a catalogue: the default score gate is judged on the demo
    // catalogue (RelevanceHarness, its no-match queries); these tests keep every match unless they set a gate.
    @BeforeEach
    void indexGuides() {
        search = new GuideSearchEngine(newBackend(), ANALYSIS, synonyms::get, ScoreGate.OPEN);
        search.index(ALL);
    }

    @AfterEach
    void closeSearch() {
        if (search != null) {
            search.close();
        }
    }

    static List<String> codes(SearchResult result) {
        return result.hits().stream().map(SearchHit::matterCode).toList();
    }

    SearchResult query(String text) {
        return search.query(SearchQuery.of(text));
    }

    @Test
    void anIndexedGuideIsFoundAtOnceAndADeletedOneIsNot() {
        assertThat(codes(query("居民身份证补领"))).first().isEqualTo(ID_CARD.matterCode());
        search.delete(List.of(ID_CARD.id()));
        assertThat(codes(query("居民身份证补领"))).doesNotContain(ID_CARD.matterCode());
        search.index(List.of(ID_CARD));
        assertThat(codes(query("居民身份证补领"))).first().isEqualTo(ID_CARD.matterCode());
    }

    @Test
    void aGuideThatIsNoLongerPublishedDisappears() {
        search.index(List.of(unpublished(BIRTH)));
        assertThat(codes(query("出生医学证明"))).doesNotContain(BIRTH.matterCode());
        assertThat(search.status().documents()).isEqualTo(ALL.size() - 1);
    }

    @Test
    void anEditedTitleIsSearchedByItsNewWords() {
        search.index(List.of(retitled(BIRTH, "出生医学证明首次签发及换发")));
        SearchResult result = query("换发");
        assertThat(codes(result)).first().isEqualTo(BIRTH.matterCode());
        assertThat(result.total()).isEqualTo(1);
    }

    @Test
    void aCitizenOfLixiaSeesCityWideAndLixiaGuidesButNotShizhongs() {
        SearchResult result = search.query(SearchQuery.of("食品经营许可").withJurisdictions(List.of("370100", "370102")));
        assertThat(codes(result)).contains(FOOD_LIXIA.matterCode()).doesNotContain(FOOD_SHIZHONG.matterCode());
        assertThat(result.facet(FacetField.JURISDICTION).values())
                .extracting(FacetValue::value)
                .doesNotContain("370103");
    }

    @Test
    void facetsCountMatchesAndShowDepartmentNames() {
        SearchResult result = query("营业执照");
        assertThat(result.facet(FacetField.DEPARTMENT).values())
                .contains(new FacetValue("370100-SJJ", "济南市市场监督管理局", 2));
        assertThat(result.facet(FacetField.AUDIENCE).values())
                .extracting(FacetValue::value)
                .contains("法人");
        long total = result.total();
        SearchResult filtered = search.query(SearchQuery.of("营业执照").withDepartment("370100-SJJ"));
        assertThat(filtered.total()).isEqualTo(2).isLessThan(total);
        assertThat(filtered.hits()).allMatch(h -> h.matterCode().startsWith("370100-SJJ"));
    }

    @Test
    void theTotalAndFacetsCountOnlyTheMatchesThatPassTheScoreGate() {
        SearchQuery query = SearchQuery.of("食品经营许可").withPage(0, 50);
        ScoreGate half = new ScoreGate(0, 0.5f);
        SearchResult open = search.query(query);
        SearchResult gated = new GuideSearchEngine(search.backend(), ANALYSIS, synonyms::get, half).query(query);
        assertThat(codes(gated)).contains(FOOD_LIXIA.matterCode(), FOOD_SHIZHONG.matterCode());
        assertThat(gated.total()).isEqualTo(gated.hits().size()).isLessThan(open.total());
        long jurisdictions = gated.facet(FacetField.JURISDICTION).values().stream()
                .mapToLong(FacetValue::count)
                .sum();
        assertThat(jurisdictions).isEqualTo(gated.total());
        double best = gated.hits().get(0).score();
        assertThat(gated.hits()).allMatch(h -> h.score() >= half.relative() * best - 1e-3);
    }

    @Test
    void audienceAndLifeEventFiltersNarrowTheResults() {
        SearchResult people = search.query(SearchQuery.of("许可").withAudience("自然人"));
        assertThat(codes(people)).contains(FOOD_LIXIA.matterCode()).doesNotContain(TRADITIONAL.matterCode());
        SearchResult restaurant = search.query(SearchQuery.of("许可").withLifeEvent("我要开餐馆"));
        assertThat(codes(restaurant)).containsOnly(FOOD_LIXIA.matterCode(), FOOD_SHIZHONG.matterCode());
        assertThat(restaurant.facet(FacetField.LIFE_EVENT).values())
                .containsExactly(new FacetValue("我要开餐馆", "我要开餐馆", 2));
    }

    @Test
    void limitsAreAFacetWithTheirUnitsAndASnippetWhereTheQueryMatchesThem() {
        SearchResult card = query("居民身份证");
        assertThat(card.facet(FacetField.PROMISED_LIMIT).values()).containsExactly(new FacetValue("20 日", "20 日", 1));
        assertThat(card.hits().getFirst().snippets())
                .extracting(Snippet::field, Snippet::text)
                .contains(org.assertj.core.groups.Tuple.tuple("limits", "法定 60 日（居民身份证法 第十二条），承诺 20 日"));
        assertThat(codes(search.query(SearchQuery.of("居民身份证").withPromisedLimit("20 日"))))
                .containsExactly(ID_CARD.matterCode());
        assertThat(search.query(SearchQuery.of("居民身份证").withPromisedLimit("20 个工作日"))
                        .total())
                .isZero();
    }

    @Test
    void matterTypesAndCrossRegionModesAreFacetsAndFilters() {
        search.index(List.of(
                classified(FOOD_LIXIA, "行政许可", List.of("全程网办", "异地代收代办")),
                classified(FOOD_SHIZHONG, "行政许可", List.of()),
                classified(BIRTH, "公共服务", List.of("全程网办"))));

        SearchResult food = query("食品经营许可");
        assertThat(food.facet(FacetField.MATTER_TYPE).values()).containsExactly(new FacetValue("行政许可", "行政许可", 2));
        assertThat(food.facet(FacetField.CROSS_REGION_MODE).values())
                .containsExactlyInAnyOrder(new FacetValue("全程网办", "全程网办", 1), new FacetValue("异地代收代办", "异地代收代办", 1));
        assertThat(codes(search.query(SearchQuery.of("食品经营许可").withCrossRegionMode("异地代收代办"))))
                .containsExactly(FOOD_LIXIA.matterCode());
        assertThat(codes(search.query(SearchQuery.of("食品经营许可").withMatterType("行政许可"))))
                .containsExactlyInAnyOrder(FOOD_LIXIA.matterCode(), FOOD_SHIZHONG.matterCode());
        assertThat(search.query(SearchQuery.of("食品经营许可").withMatterType("公共服务")).total())
                .isZero();
        assertThat(codes(search.query(
                        SearchQuery.of("出生医学证明").withMatterType("公共服务").withCrossRegionMode("全程网办"))))
                .containsExactly(BIRTH.matterCode());
    }

    @Test
    void theImplementingBodyAndIntermediaryServicesAreSearchedStoredAndShown() {
        SearchDocument land = SearchDocument.builder(
                        "matter:370100-ZRZY-CJ-001", org.tongban.search.DocumentKind.MATTER)
                .matterCode("370100-ZRZY-CJ-001")
                .title("土地权属争议行政裁决")
                .conditions("单位之间的土地权属争议")
                .materials(List.of("土地权属争议处理申请书"))
                .departmentCode("370100-ZRZY")
                .departmentName("济南市自然资源和规划局")
                .jurisdictionCode("370100")
                .audiences(List.of("法人"))
                .published(true)
                .limits("法定 6 个月")
                .promisedLimit("6 个月")
                .implementingBody("济南市人民政府")
                .intermediaries(List.of("土地勘测定界"))
                .build();
        search.index(List.of(land));

        SearchResult byBody = query("济南市人民政府");
        assertThat(codes(byBody)).first().isEqualTo("370100-ZRZY-CJ-001");
        assertThat(byBody.hits().getFirst().snippets())
                .extracting(Snippet::field, Snippet::text)
                .contains(org.assertj.core.groups.Tuple.tuple("authority", "济南市人民政府"));
        SearchResult byService = query("土地勘测定界");
        assertThat(byService.hits().getFirst().snippets())
                .extracting(Snippet::field, Snippet::text)
                .contains(org.assertj.core.groups.Tuple.tuple("intermediaries", "土地勘测定界"));
    }

    @Test
    void matchesAreHighlightedAsFragmentsWithoutMarkup() {
        SearchHit hit = query("营业执照").hits().stream()
                .filter(h -> h.kind() == DocumentKind.MATTER)
                .findFirst()
                .orElseThrow();
        assertThat(hit.titleFragments()).contains(new Fragment("营业执照", true));
        assertThat(String.join(
                        "", hit.titleFragments().stream().map(Fragment::text).toList()))
                .isEqualTo(hit.title());
        assertThat(hit.titleFragments()).noneMatch(f -> f.text().contains("<"));
    }

    @Test
    void anFaqAnswerIsShownInlineWithItsMatchesMarked() {
        SearchHit faq = query("营业执照丢了").hits().stream()
                .filter(h -> h.kind() == DocumentKind.FAQ)
                .findFirst()
                .orElseThrow();
        assertThat(faq.snippets().get(0).field()).isEqualTo("answer");
        assertThat(faq.snippets().get(0).text()).contains("遗失声明");
        assertThat(faq.snippets().get(0).fragments()).contains(new Fragment("营业执照", true));
    }

    @Test
    void suggestionsCompleteChineseAndPinyinPrefixes() {
        assertThat(search.suggest("营业")).contains(LICENCE_CITY.title());
        assertThat(search.suggest("食品")).containsExactly(FOOD_LIXIA.title());
        assertThat(search.suggest("yyzz")).contains(LICENCE_CITY.title());
        assertThat(search.suggest("jumin")).contains(ID_CARD.title());
        assertThat(search.suggest("  ")).isEmpty();
    }

    @Test
    void aSynonymAddedAtRuntimeAppliesToTheNextQuery() {
        assertThat(query("开张大吉").hits()).isEmpty();
        List<SynonymEntry> more = new ArrayList<>(synonyms.get());
        more.add(SynonymEntry.parse("开张 => 食品经营许可"));
        synonyms.set(List.copyOf(more));
        assertThat(codes(query("开张大吉"))).containsOnly(FOOD_LIXIA.matterCode(), FOOD_SHIZHONG.matterCode());
    }

    @Test
    void colloquialPhrasesFindTheOfficialMatter() {
        assertThat(codes(query("开饭店要办什么证")).subList(0, 2))
                .containsAnyOf(FOOD_LIXIA.matterCode(), FOOD_SHIZHONG.matterCode());
        assertThat(codes(query("身份证丢了"))).first().isEqualTo(ID_CARD.matterCode());
        assertThat(codes(query("生孩子"))).first().isEqualTo(BIRTH.matterCode());
    }

    @Test
    void pinyinInitialsFindTheTermAndProposeIt() {
        SearchResult result = query("yyzz");
        assertThat(codes(result)).first().isEqualTo(LICENCE_CITY.matterCode());
        assertThat(result.didYouMean()).isEqualTo("营业执照");
        assertThat(result.hits().get(0).titleFragments()).contains(new Fragment("营业执照", true));
        assertThat(codes(query("budongchan"))).first().isEqualTo(PROPERTY.matterCode());
    }

    @Test
    void traditionalAndSimplifiedScriptsFindEachOther() {
        SearchResult traditional = query("營業執照");
        assertThat(codes(traditional)).first().isEqualTo(LICENCE_CITY.matterCode());
        assertThat(traditional.hits().get(0).titleFragments()).contains(new Fragment("营业执照", true));
        SearchResult simplified = query("药品经营许可");
        assertThat(codes(simplified)).first().isEqualTo(TRADITIONAL.matterCode());
        assertThat(simplified.hits().get(0).titleFragments()).contains(new Fragment("藥品經營許可", true));
    }

    @Test
    void aMistypedTermStillFindsTheMatterAndIsCorrected() {
        SearchResult homophone = query("营业执找");
        assertThat(codes(homophone)).first().isEqualTo(LICENCE_CITY.matterCode());
        assertThat(homophone.didYouMean()).isEqualTo("营业执照");
        assertThat(codes(query("不动产登己"))).first().isEqualTo(PROPERTY.matterCode());
        assertThat(codes(query("yingyezhizao"))).first().isEqualTo(LICENCE_CITY.matterCode());
        assertThat(query("营业执照").didYouMean()).isNull();
    }

    @Test
    void queryLanguageAndJsonInTheTextAreSearchedAsPlainText() {
        for (String text : List.of(
                "title:*",
                "*:*",
                "营业执照 AND OR NOT",
                "\"营业执照",
                "{\"query\":{\"match_all\":{}}}",
                "营业执照) OR (id:*",
                "\\/+-&&||!(){}[]^\"~*?:")) {
            SearchResult result = query(text);
            assertThat(result.total()).as(text).isLessThan(ALL.size());
        }
        assertThat(codes(query("营业执照 AND title:*"))).contains(LICENCE_CITY.matterCode());
    }

    @Test
    void emptyHugeAndControlCharacterQueriesGetAClearChineseError() {
        assertThatThrownBy(() -> query("  "))
                .isInstanceOf(SearchQueryException.class)
                .hasMessage("请输入要搜索的内容");
        assertThatThrownBy(() -> query(null)).isInstanceOf(SearchQueryException.class);
        assertThatThrownBy(() -> query("证".repeat(201)))
                .isInstanceOf(SearchQueryException.class)
                .hasMessageContaining("200");
        assertThatThrownBy(() -> query("营业\u0000执照"))
                .isInstanceOf(SearchQueryException.class)
                .hasMessageContaining("控制字符");
        assertThatThrownBy(() -> search.query(SearchQuery.of("营业执照").withPage(0, 51)))
                .isInstanceOf(SearchQueryException.class);
        assertThat(query("证".repeat(200)).hits()).isNotNull();
    }

    @Test
    void pagesFollowEachOther() {
        SearchResult first = search.query(SearchQuery.of("许可").withPage(0, 2));
        SearchResult second = search.query(SearchQuery.of("许可").withPage(1, 2));
        assertThat(first.hits()).hasSize(2);
        assertThat(second.total()).isEqualTo(first.total());
        assertThat(codes(second)).doesNotContainAnyElementsOf(codes(first));
    }

    @Test
    void reindexingKeepsAnsweringAndEndsWithTheNewDocuments() throws Exception {
        List<SearchDocument> many = new ArrayList<>(ALL);
        for (int i = 0; i < 300; i++) {
            many.add(matter(
                    "370100-TEST-" + i,
                    "测试事项" + i + "营业执照变更登记",
                    "370100",
                    "370100-SJJ",
                    "济南市市场监督管理局",
                    "",
                    List.of(),
                    List.of("法人"),
                    List.of()));
        }
        search.index(many);
        List<SearchDocument> next = new ArrayList<>(many);
        next.remove(ID_CARD);
        next.remove(BIRTH);
        next.add(retitled(BIRTH, "出生医学证明签发（新版）"));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            while (running.get()) {
                try {
                    if (query("营业执照").total() == 0) {
                        failures.add(new AssertionError("no hits during reindex"));
                    }
                    answered.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        });
        reader.start();
        try {
            search.reindex(next);
            // A guide published while the new index is built must not be lost.
            search.index(List.of(ID_CARD));
            search.reindex(next);
        } finally {
            running.set(false);
            reader.join();
        }
        assertThat(failures).isEmpty();
        assertThat(answered.get()).isPositive();
        assertThat(codes(query("居民身份证补领"))).doesNotContain(ID_CARD.matterCode());
        // 新办 sounds like 新版: homophones rank below the exact match.
        assertThat(query("新版").hits()).extracting(SearchHit::title).first().isEqualTo("出生医学证明签发（新版）");
        assertThat(search.status().documents()).isEqualTo(next.size());
    }

    @Test
    void changesMadeDuringAReindexSurviveIt() {
        List<SearchDocument> changed = new ArrayList<>();
        // The edit arrives after the reindex has read every document and before the new index takes over.
        Iterable<SearchDocument> lazy = () -> new java.util.Iterator<>() {
            final java.util.Iterator<SearchDocument> it = ALL.iterator();

            @Override
            public boolean hasNext() {
                boolean more = it.hasNext();
                if (!more && changed.isEmpty()) {
                    SearchDocument edited = retitled(ID_CARD, "居民身份证补领（加急）");
                    search.index(List.of(edited));
                    changed.add(edited);
                }
                return more;
            }

            @Override
            public SearchDocument next() {
                return it.next();
            }
        };
        search.reindex(new IterableCollection(lazy, ALL.size()));
        assertThat(query("加急").hits()).extracting(SearchHit::title).containsExactly("居民身份证补领（加急）");
    }

    @Test
    void statusReportsTheBackendAndItsSize() {
        assertThat(search.status().state()).isEqualTo(org.tongban.search.SearchStatus.State.UP);
        assertThat(search.status().documents()).isEqualTo(ALL.size());
    }

    @Test
    void theIndexRecordsItsDocumentFormatAndReportsItAfterARestart() {
        // A new index holds nothing of an older format.
        assertThat(search.status().format()).isEqualTo(SearchDocument.FORMAT);
        search.reindex(ALL);
        restart();
        assertThat(search.status().format()).isEqualTo(SearchDocument.FORMAT);
        assertThat(search.status().documents()).isEqualTo(ALL.size());
    }

    @Test
    void anOlderFormatStaysRecordedThroughWritesUntilAReindex() throws Exception {
        search.close();
        recordFormat("0");
        search = new GuideSearchEngine(reopen(), ANALYSIS, synonyms::get);
        assertThat(search.status().format()).isEqualTo("0");
        // Publishing one guide does not bring the others' documents up to date.
        search.index(List.of(retitled(BIRTH, "出生医学证明签发")));
        restart();
        assertThat(search.status().format()).isEqualTo("0");

        search.reindex(ALL);
        restart();
        assertThat(search.status().format()).isEqualTo(SearchDocument.FORMAT);
    }

    @Test
    void anIndexFromBeforeFormatsWereRecordedReportsNone() throws Exception {
        search.close();
        recordFormat(null);
        search = new GuideSearchEngine(reopen(), ANALYSIS, synonyms::get);
        assertThat(search.status().format()).isNull();
        assertThat(search.status().documents()).isEqualTo(ALL.size());
    }

    /** A collection view over an iterable, so that a test can act while the reindex reads the documents. */
    static final class IterableCollection extends java.util.AbstractCollection<SearchDocument> {
        private final Iterable<SearchDocument> iterable;
        private final int size;

        IterableCollection(Iterable<SearchDocument> iterable, int size) {
            this.iterable = iterable;
            this.size = size;
        }

        @Override
        public java.util.Iterator<SearchDocument> iterator() {
            return iterable.iterator();
        }

        @Override
        public int size() {
            return size;
        }
    }
}
