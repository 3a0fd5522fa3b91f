package org.tongban.search.ui.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.search.internal.GuideSearchEngine;
import org.tongban.search.ui.fixtures.GuideIndex;
import org.tongban.search.ui.fixtures.RecordingAnalytics;
import org.tongban.search.ui.fixtures.SwitchableSearch;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.PublicPages;

/** The public results page over the real Lucene engine with the sample guides, rendered as the host renders it. */
class SearchPageTest {
    @TempDir
    Path folder;

    private GuideSearchEngine engine;
    private SwitchableSearch search;
    private SearchPage page;
    private final RecordingAnalytics analytics = new RecordingAnalytics();
    private final PublicPages pages = new PublicPages("i18n/search-ui");

    @BeforeEach
    void index() {
        engine = GuideIndex.open(folder);
        search = new SwitchableSearch(engine);
        page = new SearchPage(search, new TestJurisdictions(), "370100");
        page.bindAnalytics(analytics);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private PublicPages.Rendered render(String... query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            parameters.put(query[i], List.of(query[i + 1]));
        }
        return pages.render(page, "search", Map.of(), parameters);
    }

    @Test
    void resultsShowHighlightedTitlesFacetLinksAndCountInTheAnalytics() {
        PublicPages.Rendered results = render("q", "营业执照");
        assertThat(results.view().title()).isEqualTo("搜索：营业执照");
        assertThat(results.html())
                .contains("href=\"/guides/370100-SJJ-XK-001\"")
                .contains("<mark>营业执照</mark>")
                .contains("<h2 id=\"tb-facets\">缩小范围</h2>")
                .contains("href=\"/search?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7&amp;department=");
        assertThat(analytics.searches).singleElement().satisfies(search -> {
            assertThat(search.text()).isEqualTo("营业执照");
            assertThat(search.channel()).isEqualTo("portal");
        });
        render("q", "营业执照", "page", "2");
        assertThat(analytics.searches).as("only first pages count").hasSize(1);
    }

    @Test
    void inEnglishTheCountIsPluralRightAndLabelsAreSpacedFromTheirText() {
        String one = pages.render(
                        page,
                        new org.tongban.platform.api.portal.PageRequest(
                                "search", Map.of(), Map.of("q", List.of("婚姻登记")), java.util.Locale.ENGLISH))
                .html();
        assertThat(one).containsPattern("(1 result|[0-9]+ results) for “婚姻登记”").doesNotContain("(s)");
        assertThat(one).doesNotContainPattern("[A-Za-z]:<");
    }

    @Test
    void aFacetLinkSwitchesItsFilterOnAndOff() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("department", "370102-SJJ");
        assertThat(SearchPage.href("食品", filters, 2))
                .isEqualTo("/search?q=%E9%A3%9F%E5%93%81&department=370102-SJJ&page=2");
        PublicPages.Rendered filtered = render("q", "营业执照", "department", "370100-SJJ");
        assertThat(filtered.html())
                .contains("href=\"/guides/370100-SJJ-XK-001\"")
                // The active value links back to the results without the filter.
                .contains("href=\"/search?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7\" aria-current=\"true\"");
    }

    @Test
    void aQueryWithoutMatchesSaysSoWithTipsAndTheHotlineAndTheQueryIsEscaped() {
        assertThat(render("q", "zzqqxxjj").html())
                .contains("没有找到与“zzqqxxjj”相关的办事指南或常见问题。")
                .contains("请拨打 12345 政务服务便民热线");
        assertThat(render("q", "<script>营业执照</script>").html())
                .contains("与“&lt;script&gt;营业执照&lt;/script&gt;”相关")
                .doesNotContain("<script>营业执照");
    }

    @Test
    void anEmptyQueryShowsTipsAndBadInputOrAnOutageIsExplainedOnThePage() {
        assertThat(render().html())
                .contains("请输入要办理的事项或遇到的问题")
                .as("an operation hint tied to the search field")
                .contains("aria-describedby=\"tb-search-hint\"", "<p id=\"tb-search-hint\" class=\"tb-hint\">");
        assertThat(render("q", "很".repeat(201)).html()).contains("无法按这个内容搜索", "参数 q 不能超过 200 个字符");
        search.down(true);
        assertThat(render("q", "营业执照").html()).contains("搜索服务暂时不可用，请稍后再试。", "href=\"/guides\"");
    }

    @Test
    void pageLinksKeepTheQueryAndTheFilters() {
        List<SearchPage.PageLink> links = SearchPage.pages("食品", Map.of(), 1, 3);
        assertThat(links).extracting(SearchPage.PageLink::number).containsExactly(1, 2, 3);
        assertThat(links.get(1).href()).isEqualTo("/search?q=%E9%A3%9F%E5%93%81&page=2");
        assertThat(SearchPage.pages("食品", Map.of(), 1, 1)).isEmpty();
    }
}
