package org.tongban.search.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.search.ui.fixtures.Views.elements;
import static org.tongban.search.ui.fixtures.Views.find;
import static org.tongban.search.ui.fixtures.Views.text;
import static org.tongban.search.ui.fixtures.Views.withClass;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.search.SearchDocument;
import org.tongban.search.ui.fixtures.GuideIndex;
import org.tongban.testing.TestJurisdictions;

class SearchViewTest extends ViewTestSupport {

    private SearchView open(String... nameValuePairs) {
        SearchView view = new SearchView(search, jurisdictions, "370100", recorder);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put(nameValuePairs[i], List.of(nameValuePairs[i + 1]));
        }
        view.restore(parameters);
        return view;
    }

    private static List<String> listed(SearchView view) {
        return withClass(view, "tb-search-hit-title").stream()
                .map(c -> ((Anchor) c).getHref())
                .toList();
    }

    private static Button facet(SearchView view, String facet, String value) {
        return withClass(view, "tb-search-facet").stream()
                .filter(s -> facet.equals(s.getElement().getAttribute("data-facet")))
                .flatMap(s -> find(s, Button.class).stream())
                .filter(b -> value.equals(b.getElement().getAttribute("data-value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no facet value " + facet + "=" + value));
    }

    private static String status(SearchView view) {
        return text(withClass(view, "tb-search-status").getFirst());
    }

    @Test
    void resultsLinkToTheirGuidesWithTheMatchesMarked() {
        SearchView view = open("q", "营业执照");

        assertThat(listed(view)).contains("guides/370100-SJJ-XK-001").doesNotContain("guides/370102-SJJ-XK-002");
        assertThat(withClass(view, "tb-search-hit-title"))
                .allMatch(a -> a.getElement().hasAttribute("router-link"));
        Component licence = withClass(view, "tb-search-hit").stream()
                .filter(hit -> text(hit).contains("营业执照核发"))
                .findFirst()
                .orElseThrow();
        assertThat(elements(licence, "mark")).extracting(Element::getText).contains("营业执照");
        assertThat(status(view)).contains("search.portal.count");
        assertThat(withClass(view, "tb-search-status").getFirst().getElement().getAttribute("aria-live"))
                .isEqualTo("polite");
        assertThat(view.getPageTitle()).contains("search.portal.title.query");
    }

    @Test
    void anFaqShowsQuestionAndAnswerInPlaceWithALinkToItsMatter() {
        SearchView view = open("q", "营业执照丢了");

        Component faq = withClass(view, "tb-search-hit-faq").getFirst();
        assertThat(text(faq)).contains("营业执照丢了怎么办？").contains("发布遗失声明，再到登记机关申请补领营业执照。");
        assertThat(find(faq, Anchor.class)).extracting(Anchor::getHref).containsOnly("guides/370100-SJJ-XK-001");
        assertThat(withClass(faq, "tb-search-snippet").getFirst().getElement().getAttribute("data-field"))
                .isEqualTo("answer");
    }

    @Test
    void aDistrictAddsItsOwnMattersToTheCitys() {
        SearchView view = open("q", "营业执照", "jurisdiction", "370102");

        assertThat(listed(view)).contains("guides/370100-SJJ-XK-001", "guides/370102-SJJ-XK-002");
        assertThat(listed(view)).doesNotContain("guides/370103-SJJ-XK-002");

        @SuppressWarnings("unchecked")
        Select<Jurisdiction> district = find(view, Select.class).get(1);
        district.setValue(TestJurisdictions.SHIZHONG);

        assertThat(listed(view)).contains("guides/370103-SJJ-XK-002").doesNotContain("guides/370102-SJJ-XK-002");
        assertThat(view.state().location().getPathWithQueryParameters())
                .isEqualTo("search?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7&jurisdiction=370103");
    }

    @Test
    void facetsCountTheMatchesAndFilterWhenPressedAndWidenWhenPressedAgain() {
        SearchView view = open("q", "营业执照", "jurisdiction", "370102");
        int all = listed(view).size();
        Button lixiaMarket = facet(view, "department", "370102-SJJ");
        assertThat(lixiaMarket.getText()).contains("search.portal.facet.value");
        assertThat(lixiaMarket.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        lixiaMarket.click();

        assertThat(listed(view)).containsExactly("guides/370102-SJJ-XK-002");
        assertThat(view.state().department()).isEqualTo("370102-SJJ");
        assertThat(facet(view, "department", "370102-SJJ").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        facet(view, "department", "370102-SJJ").click();
        assertThat(listed(view)).hasSize(all);

        facet(view, "audience", "自然人").click();
        assertThat(listed(view)).containsExactly("guides/370102-SJJ-XK-002");
        facet(view, "audience", "自然人").click();

        facet(view, "jurisdiction", "370100").click();
        assertThat(listed(view)).doesNotContain("guides/370102-SJJ-XK-002").contains("guides/370100-SJJ-XK-001");
        assertThat(view.state().scope()).isEqualTo("370100");

        facet(view, "jurisdiction", "370100").click();
        facet(view, "lifeEvent", "企业开办一件事").click();
        assertThat(listed(view)).containsExactly("guides/370100-SJJ-XK-001");
    }

    @Test
    void matterTypeAndCrossRegionModeAreLabelledGroupsOfToggles() {
        SearchView view = open("q", "营业执照", "jurisdiction", "370102");
        Component types = withClass(view, "tb-search-facet").stream()
                .filter(s -> "matterType".equals(s.getElement().getAttribute("data-facet")))
                .findFirst()
                .orElseThrow();
        Element group = elements(types, "div").stream()
                .filter(e -> "group".equals(e.getAttribute("role")))
                .findFirst()
                .orElseThrow();
        assertThat(group.getAttribute("aria-labelledby")).isEqualTo("tb-search-facet-matterType");
        assertThat(text(types)).contains("search.portal.facet.matterType");
        Button online = facet(view, "crossRegionMode", "全程网办");
        assertThat(online.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        online.click();

        assertThat(listed(view)).containsExactly("guides/370100-SJJ-XK-001");
        assertThat(view.state().crossRegionMode()).isEqualTo("全程网办");
        assertThat(view.state().location().getQueryParameters().getParameters())
                .containsEntry("crossRegionMode", List.of("全程网办"));
        assertThat(facet(view, "crossRegionMode", "全程网办").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        facet(view, "crossRegionMode", "全程网办").click();
        facet(view, "crossRegionMode", "异地代收代办").click();
        assertThat(listed(view)).containsExactly("guides/370102-SJJ-XK-002");
        facet(view, "crossRegionMode", "异地代收代办").click();

        facet(view, "matterType", "行政许可").click();
        assertThat(listed(view)).contains("guides/370100-SJJ-XK-001", "guides/370102-SJJ-XK-002");
        assertThat(view.state().matterType()).isEqualTo("行政许可");
        SearchView reopened = open("q", "居民身份证", "matterType", "行政确认", "crossRegionMode", "全程网办");
        assertThat(listed(reopened)).containsExactly("guides/370100-GAJ-QR-010");
    }

    @Test
    void theAddressKeepsTextPlaceAndFiltersSoASearchCanBeReopened() {
        SearchView view = open("q", "营业执照", "jurisdiction", "370102");
        facet(view, "department", "370102-SJJ").click();
        Map<String, List<String>> address =
                view.state().location().getQueryParameters().getParameters();
        assertThat(address)
                .containsEntry("q", List.of("营业执照"))
                .containsEntry("jurisdiction", List.of("370102"))
                .containsEntry("department", List.of("370102-SJJ"));

        SearchView reopened = new SearchView(search, jurisdictions, "370100", recorder);
        reopened.restore(address);

        assertThat(listed(reopened)).containsExactly("guides/370102-SJJ-XK-002");
        assertThat(reopened.state()).isEqualTo(view.state());
    }

    @Test
    void anAddressNamingWhatIsNotOfferedFallsBackToTheCity() {
        SearchView view = open("q", "营业执照", "jurisdiction", "110101", "scope", "370102", "page", "-3");

        assertThat(view.state().jurisdiction()).isEqualTo("370100");
        assertThat(view.state().scope()).isNull();
        assertThat(view.state().page()).isZero();
        assertThat(listed(view)).contains("guides/370100-SJJ-XK-001");
    }

    @Test
    void manyResultsComeTenToAPage() {
        List<SearchDocument> more = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            more.add(GuideIndex.matter(
                    String.format("370100-SJJ-BG-%03d", i),
                    "营业执照变更登记（第" + i + "类）",
                    "370100",
                    "370100-SJJ",
                    "济南市市场监督管理局",
                    "",
                    List.of("营业执照正副本"),
                    List.of("法人"),
                    List.of()));
        }
        engine.index(more);
        SearchView view = open("q", "营业执照变更");
        List<String> first = listed(view);
        assertThat(first).hasSize(SearchView.PAGE_SIZE);
        Button next = (Button) withClass(view, "tb-search-next").getFirst();
        Button previous = (Button) withClass(view, "tb-search-previous").getFirst();
        assertThat(previous.isEnabled()).isFalse();

        next.click();

        assertThat(listed(view)).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(view.state().page()).isEqualTo(1);
        assertThat(view.state().location().getQueryParameters().getParameters()).containsEntry("page", List.of("1"));
        assertThat(next.isEnabled()).isFalse();
        previous.click();
        assertThat(listed(view)).isEqualTo(first);
    }

    @Test
    void markupInAGuideIsShownAsTextNeverAsMarkup() {
        SearchView view = open("q", "特种设备");

        Component hit = withClass(view, "tb-search-hit").getFirst();
        assertThat(text(hit)).contains("使用单位应<b>依法</b>办理", "<script>alert(1)</script>");
        assertThat(elements(hit, "b")).isEmpty();
        assertThat(elements(hit, "script")).isEmpty();
        assertThat(elements(view, "mark")).allMatch(mark -> !mark.hasProperty("innerHTML"));
    }

    @Test
    void aTypoOffersTheCorrectedQueryAsALink() {
        SearchView view = open("q", "营业执找");

        Anchor corrected = find(withClass(view, "tb-search-did-you-mean").getFirst(), Anchor.class)
                .getFirst();
        assertThat(corrected.getText()).isEqualTo("营业执照");
        assertThat(corrected.getHref()).isEqualTo("search?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7&jurisdiction=370100");
    }

    @Test
    void nothingFoundSaysSoWithTips() {
        SearchView view = open("q", "火星移民签证");

        assertThat(listed(view)).isEmpty();
        Component empty = withClass(view, "tb-search-empty").getFirst();
        assertThat(text(empty)).contains("search.portal.none", "search.portal.none.tip1", "search.portal.none.tip3");
        assertThat(text(empty)).contains("search.site.hotline", "search.portal.unavailable.guides");
        assertThat(status(view)).contains("search.portal.none");
    }

    @Test
    void inputTheServiceRefusesGetsItsChineseMessage() {
        SearchView view = open("q", "营".repeat(201));

        Component error = withClass(view, "tb-search-error").getFirst();
        assertThat(error.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(text(error)).contains("搜索内容不能超过200个字，请精简后再试");
        assertThat(listed(view)).isEmpty();

        view = open("q", "营业\u0007执照");
        assertThat(text(withClass(view, "tb-search-error").getFirst())).contains("搜索内容含有不可见的控制字符，请删除后再试");
        assertThat(analytics.searches).isEmpty();
    }

    @Test
    void anUnavailableServiceGetsAMessageAndTheSameButtonRetries() {
        search.down(true);
        SearchView view = open("q", "营业执照");

        Component down = withClass(view, "tb-search-unavailable").getFirst();
        assertThat(down.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(text(down)).contains("search.portal.unavailable");
        assertThat(find(down, Anchor.class)).extracting(Anchor::getHref).containsExactly("guides");
        assertThat(status(view)).contains("search.portal.unavailable");
        assertThat(view.suggestions("营业")).isEmpty();

        search.down(false);
        ((Button) withClass(view, "tb-search-submit").getFirst()).click();

        assertThat(withClass(view, "tb-search-unavailable")).isEmpty();
        assertThat(listed(view)).contains("guides/370100-SJJ-XK-001");
    }

    @Test
    void suggestionsCompleteWhatIsTyped() {
        SearchView view = open();
        assertThat(withClass(view, "tb-search-start")).hasSize(1);

        assertThat(view.suggestions("yyzz")).contains(GuideIndex.LICENCE.title());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> field =
                find(view, com.vaadin.flow.component.combobox.ComboBox.class).getFirst();
        assertThat(field.isAllowCustomValue()).isTrue();
        @SuppressWarnings("unchecked")
        DataProvider<String, String> suggestions = (DataProvider<String, String>) field.getDataProvider();
        assertThat(suggestions.fetch(new Query<>(0, 8, List.of(), null, "食品")))
                .containsExactly(GuideIndex.FOOD_LIXIA.title());
        assertThat(view.suggestions("营".repeat(201))).isEmpty();

        field.setValue("居民身份证");
        assertThat(listed(view)).first().isEqualTo("guides/370100-GAJ-QR-010");
        assertThat(view.state().text()).isEqualTo("居民身份证");
    }

    @Test
    void eachNewTextIsRecordedOnceAndOpenedResultsAsClicks() {
        SearchView view = open("q", "营业执照", "jurisdiction", "370102");
        facet(view, "department", "370102-SJJ").click();

        assertThat(analytics.searches).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("营业执照");
            assertThat(s.channel()).isEqualTo("portal");
            assertThat(s.hits()).isGreaterThanOrEqualTo(3);
        });

        Anchor first = (Anchor) withClass(view, "tb-search-hit-title").getFirst();
        org.tongban.search.ui.fixtures.Views.fire(first.getElement(), "click");
        assertThat(analytics.clicks)
                .containsExactly(new org.tongban.search.ui.fixtures.RecordingAnalytics.Click(
                        analytics.searches.getFirst().id(), "matter:370102-SJJ-XK-002"));

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> field =
                find(view, com.vaadin.flow.component.combobox.ComboBox.class).getFirst();
        field.setValue("火星移民签证");
        assertThat(analytics.searches).hasSize(2);
        assertThat(analytics.searches.get(1).hits()).isZero();
    }

    @Test
    void searchWorksWhenAnalyticsFailOrAreMissing() {
        recorder.unbind(analytics);
        assertThat(listed(open("q", "营业执照"))).isNotEmpty();

        recorder.bind(new org.tongban.search.ui.fixtures.RecordingAnalytics().failing());
        SearchView view = open("q", "营业执照");
        assertThat(listed(view)).isNotEmpty();
        org.tongban.search.ui.fixtures.Views.fire(
                withClass(view, "tb-search-hit-title").getFirst().getElement(), "click");
    }
}
