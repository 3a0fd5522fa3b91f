package org.tongban.catalogue.ui.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.GuideViews;
import org.tongban.catalogue.ui.fixtures.InMemoryCatalogue;
import org.tongban.catalogue.ui.fixtures.Samples;
import org.tongban.platform.api.portal.PageNotFoundException;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.platform.api.portal.SitemapEntry;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.PublicPages;

/** The catalogue's public pages rendered as the host renders them, on the sample catalogue. */
class SitePagesTest {
    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final InMemoryCatalogue catalogue = InMemoryCatalogue.withSamples(jurisdictions);
    private final PublicPages pages = new PublicPages("i18n/catalogue-ui");

    private PublicPages.Rendered render(PublicPage page, String route, Map<String, String> path, String... query) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            parameters.put(query[i], List.of(query[i + 1]));
        }
        return pages.render(page, route, path, parameters);
    }

    @Test
    void aGuideShowsEveryPartWithBreadcrumbPdfAndEscapedMaterialNames() {
        GuidePage page = new GuidePage(catalogue, jurisdictions, "370100");
        PublicPages.Rendered guide = render(page, SiteRoutes.GUIDE, Map.of("code", "370102-SJJ-XK-001"));

        assertThat(guide.view().title()).isEqualTo("食品经营许可（新办）");
        assertThat(guide.view().canonical()).isEqualTo("guides/370102-SJJ-XK-001");
        assertThat(guide.view().description()).startsWith("食品经营许可（新办）（历下区市场监督管理局）办事指南");
        assertThat(guide.view().version()).startsWith("370102-SJJ-XK-001@");
        assertThat(guide.view().lastModified()).isNotNull();
        assertThat(guide.html())
                .contains("<h1 data-view=\"/api/v1/matters/370102-SJJ-XK-001/views\">食品经营许可（新办）</h1>")
                .as("the meta line is separated in its text, so that it reads aloud and copies apart")
                .contains("<span>行政许可</span> · <span>")
                .as("a material without a form to download says so")
                .contains("data-label=\"表格下载\" class=\"tb-none\">", "无需下载")
                .contains("<li><a href=\"/guides\">办事指南</a></li>", "<li aria-current=\"page\">食品经营许可（新办）</li>")
                .contains("行政许可", "20 个工作日", "全程网办", "全省通办", "可告知承诺办理")
                .contains("href=\"/api/v1/matters/370102-SJJ-XK-001/notice.pdf\"", "href=\"tel:0531-86000001\"")
                .contains("<table class=\"tb-table tb-cards\">", "data-label=\"材料名称\"", "申请材料清单（共 3 项）")
                .contains("&lt;b&gt;食品安全管理制度&lt;/b&gt;")
                .doesNotContain("<b>食品安全管理制度</b>")
                .contains("《中华人民共和国食品安全法》第三十五条", "网上申请后还要去窗口吗？", "现场核查");
        String formId = catalogue
                .publishedGuide("370102-SJJ-XK-001")
                .orElseThrow()
                .matter()
                .materials()
                .get(0)
                .blankForm()
                .id();
        assertThat(guide.html())
                .as("the blank form is a plain download link, no session needed")
                .contains("<a href=\"/api/v1/attachments/" + formId + "\" download aria-label=\"");
    }

    @Test
    void aGuideShowsWhoDecidesWhoHandlesTheIntermediariesAndTheComplaintChannel() {
        catalogue.publish(Samples.foodLicenceWithAuthority());
        GuidePage page = new GuidePage(catalogue, jurisdictions, "370100");
        String html = render(
                        page,
                        SiteRoutes.GUIDE,
                        Map.of("code", Samples.foodLicenceWithAuthority().code()))
                .html();
        assertThat(html).contains("实施主体与承办机构", "承办机构", "联办机构", "国家基本编码").contains("中介服务", "监督投诉渠道");
    }

    @Test
    void aGuideInEnglishUsesTheEnglishLabels() {
        GuidePage page = new GuidePage(catalogue, jurisdictions, "370100");
        PublicPages.Rendered guide = pages.render(
                page, new PageRequest(SiteRoutes.GUIDE, Map.of("code", "370102-SJJ-XK-001"), Map.of(), Locale.ENGLISH));
        assertThat(guide.html())
                .contains("You are here")
                .doesNotContain("当前位置")
                .contains("20 working days", "No visit to the hall", "Materials to bring (3)")
                .doesNotContain("(s)", "(ies)");
    }

    /** Another feature's links, as intake adds 在线申请 for matters that may be applied for online. */
    private static final org.tongban.catalogue.ui.GuideLinks APPLY = new org.tongban.catalogue.ui.GuideLinks() {
        @Override
        public List<org.tongban.catalogue.ui.GuideLink> forMatter(org.tongban.catalogue.Matter matter, Locale locale) {
            return List.of(new org.tongban.catalogue.ui.GuideLink(
                    "/apply/" + matter.code(), "在线申请", "在线申请：" + matter.name() + " <立即>"));
        }

        @Override
        public List<org.tongban.catalogue.ui.GuideLink> forLifeEvent(
                org.tongban.catalogue.LifeEvent lifeEvent, Locale locale) {
            return List.of(
                    new org.tongban.catalogue.ui.GuideLink("/apply/life-event/" + lifeEvent.code(), "在线申请", null));
        }
    };

    @Test
    void anotherFeaturesLinkLeadsTheNextStepsNamedForScreenReadersAndAFailingOneCostsOnlyItsOwn() {
        GuidePage page = new GuidePage(catalogue, jurisdictions, "370100");
        page.addLinks(APPLY);
        page.addLinks(new org.tongban.catalogue.ui.GuideLinks() {
            @Override
            public List<org.tongban.catalogue.ui.GuideLink> forMatter(org.tongban.catalogue.Matter matter, Locale l) {
                throw new IllegalStateException("down");
            }

            @Override
            public List<org.tongban.catalogue.ui.GuideLink> forLifeEvent(org.tongban.catalogue.LifeEvent e, Locale l) {
                throw new IllegalStateException("down");
            }
        });

        String html = render(page, SiteRoutes.GUIDE, Map.of("code", "370102-SJJ-XK-001"))
                .html();

        assertThat(html)
                .contains(
                        "<a class=\"tb-button\" href=\"/apply/370102-SJJ-XK-001\" aria-label=\"在线申请：食品经营许可（新办） &lt;立即&gt;\">在线申请</a>")
                .contains("<a class=\"tb-button tb-secondary\" href=\"/api/v1/matters/370102-SJJ-XK-001/notice.pdf\"");
        assertThat(html.indexOf("/apply/")).isLessThan(html.indexOf("notice.pdf"));
        page.removeLinks(APPLY);
        assertThat(render(page, SiteRoutes.GUIDE, Map.of("code", "370102-SJJ-XK-001"))
                        .html())
                .doesNotContain("/apply/");
    }

    @Test
    void aLifeEventsPageShowsTheLinksOfOtherFeaturesAndALinkNeverLeavesTheSite() {
        LifeEventPage page = new LifeEventPage(catalogue, jurisdictions, "370100");
        page.addLinks(APPLY);
        String code = catalogue.lifeEvents("370100").getFirst().code();

        assertThat(render(page, SiteRoutes.LIFE_EVENT, Map.of("code", code)).html())
                .contains("href=\"/apply/life-event/" + code + "\" aria-label=\"在线申请\">在线申请</a>");
        assertThatThrownBy(() -> new org.tongban.catalogue.ui.GuideLink("javascript:alert(1)", "在线申请", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new org.tongban.catalogue.ui.GuideLink("//evil.example/apply", "在线申请", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownOrUnpublishedGuideIsNotFound() {
        GuidePage page = new GuidePage(catalogue, jurisdictions, "370100");
        assertThatThrownBy(() -> render(page, SiteRoutes.GUIDE, Map.of("code", "370100-NONE")))
                .isInstanceOf(PageNotFoundException.class);
    }

    @Test
    void theListFiltersByAudienceAndDepartmentInTheAddressAndIgnoresUnknownValues() {
        GuideListPage page = new GuideListPage(catalogue, NO_VIEWS, "370100");
        PublicPages.Rendered all = render(page, SiteRoutes.GUIDES, Map.of());
        assertThat(all.html()).contains("第 1 / 1 页，共 2 个事项", "内地居民婚姻登记");

        PublicPages.Rendered companies = render(page, SiteRoutes.GUIDES, Map.of(), "audience", "LEGAL_PERSON");
        assertThat(companies.view().title()).isEqualTo("法人办事");
        assertThat(companies.view().canonical()).isEqualTo("guides?audience=LEGAL_PERSON");
        assertThat(companies.html()).doesNotContain("内地居民婚姻登记").contains("<option value=\"LEGAL_PERSON\" selected>");

        PublicPages.Rendered odd = render(page, SiteRoutes.GUIDES, Map.of(), "audience", "<x>", "department", "nope");
        assertThat(odd.html()).contains("共 2 个事项");
        assertThat(odd.view().canonical()).isEqualTo("guides");
    }

    @Test
    void guideNamesSortByPinyinNotByCharacterCode() {
        // 安 (ān) U+5B89, 办 (bàn) U+529E, 出 (chū) U+51FA, 营 (yíng) U+8425: code order would be 出 办 安 营.
        List<String> names = new java.util.ArrayList<>(List.of("营业执照", "出生医学证明", "办理居住证", "安全生产许可"));
        names.sort(GuideListPage.pinyinNames());
        assertThat(names).containsExactly("安全生产许可", "办理居住证", "出生医学证明", "营业执照");
    }

    @Test
    void theListOffersPinyinAndMostViewedOrderAsPlainLinksThatKeepTheFilters() {
        GuideListPage page = new GuideListPage(catalogue, views("370100-SJJ-XK-009"), "370100");
        String pinyin = render(page, SiteRoutes.GUIDES, Map.of(), "audience", "NATURAL_PERSON")
                .html();
        assertThat(pinyin)
                .contains("<a href=\"/guides?audience=NATURAL_PERSON\" aria-current=\"true\">按拼音</a>")
                .contains("<a href=\"/guides?audience=NATURAL_PERSON&amp;sort=popular\">按热度</a>");

        String all = render(page, SiteRoutes.GUIDES, Map.of()).html();
        assertThat(all.indexOf("内地居民婚姻登记")).isLessThan(all.indexOf("特种设备使用登记"));
        PublicPages.Rendered popular = render(page, SiteRoutes.GUIDES, Map.of(), "sort", "popular");
        assertThat(popular.html().indexOf("特种设备使用登记"))
                .as("the most viewed guide comes first")
                .isLessThan(popular.html().indexOf("内地居民婚姻登记"));
        assertThat(popular.html()).contains("<input type=\"hidden\" name=\"sort\" value=\"popular\">");
        assertThat(popular.view().canonical()).isEqualTo("guides?sort=popular");
        assertThat(render(page, SiteRoutes.GUIDES, Map.of(), "sort", "<x>")
                        .view()
                        .canonical())
                .isEqualTo("guides");
    }

    @Test
    void pageLinksKeepTheFilters() {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("audience", "LEGAL_PERSON");
        filters.put("department", "");
        filters.put("q", "食品 许可");
        assertThat(GuideListPage.pageLinks(filters, 5, 9))
                .extracting(GuideListPage.PageLink::number)
                .containsExactly(1, 3, 4, 5, 6, 7, 9);
        assertThat(GuideListPage.pageLinks(filters, 5, 9).get(0).href())
                .isEqualTo("/guides?audience=LEGAL_PERSON&q=%E9%A3%9F%E5%93%81+%E8%AE%B8%E5%8F%AF");
    }

    @Test
    void aLifeEventKeepsItsAnswersInTheAddressAndTailorsTheMaterials() {
        LifeEventPage page = new LifeEventPage(catalogue, jurisdictions, "370100");
        PublicPages.Rendered unanswered = render(page, SiteRoutes.LIFE_EVENT, Map.of("code", "LE-CANYIN"));
        assertThat(unanswered.html())
                .contains("<form class=\"tb-section tb-questions\" action=\"/life-events/LE-CANYIN\" method=\"get\""
                        + " data-autosubmit aria-describedby=\"tb-questions-hint\">")
                .contains("<legend>经营场所是否为租赁？</legend>", "name=\"Q1\" value=\"Y\">")
                .contains("已回答 0 / 1 个问题");

        PublicPages.Rendered rented = render(page, SiteRoutes.LIFE_EVENT, Map.of("code", "LE-CANYIN"), "Q1", "Y");
        assertThat(rented.html()).contains("name=\"Q1\" value=\"Y\" checked>", "房屋租赁合同", "已回答 1 / 1 个问题");
        assertThat(rented.html())
                .as(
                        "the tailored list as a PDF for the window, with the same answers, and the answers repeated for print")
                .contains("href=\"/api/v1/life-events/LE-CANYIN/checklist.pdf?Q1=Y\" download")
                .contains("<dt>经营场所是否为租赁？</dt>")
                .contains("data-print hidden>打印清单</button>");
        assertThat(unanswered.html()).contains("href=\"/api/v1/life-events/LE-CANYIN/checklist.pdf\" download");

        PublicPages.Rendered bogus = render(page, SiteRoutes.LIFE_EVENT, Map.of("code", "LE-CANYIN"), "Q1", "maybe");
        assertThat(bogus.html()).contains("已回答 0 / 1 个问题");
        PublicPages.Rendered english = pages.render(
                page,
                new PageRequest(
                        SiteRoutes.LIFE_EVENT,
                        Map.of("code", "LE-CANYIN"),
                        Map.of("Q1", List.of("Y")),
                        Locale.ENGLISH));
        assertThat(english.html()).contains("1 matter, 4 materials (1 of 1 question answered)");

        assertThat(render(page, SiteRoutes.LIFE_EVENTS, Map.of()).html()).contains("href=\"/life-events/LE-CANYIN\"");
    }

    @Test
    void anotherFeaturesNextStepFollowsTheOnlineApplicationAndAFailingOneCostsOnlyItsOwn() {
        GuidePage page = new GuidePage(catalogue, jurisdictions, "370100");
        page.addLinks(APPLY);
        org.tongban.platform.api.portal.NextSteps booking = (code, name, locale) -> List.of(
                new org.tongban.platform.api.portal.NextStep("/hall/booking?matter=" + code, "预约办理", "预约办理：" + name));
        page.addSteps(booking);
        page.addSteps((code, name, locale) -> {
            throw new IllegalStateException("down");
        });

        String html = render(page, SiteRoutes.GUIDE, Map.of("code", "370102-SJJ-XK-001"))
                .html();

        assertThat(html)
                .contains("<a class=\"tb-button tb-secondary\" href=\"/hall/booking?matter=370102-SJJ-XK-001\""
                        + " aria-label=\"预约办理：食品经营许可（新办）\">预约办理</a>");
        assertThat(html.indexOf("/apply/")).isLessThan(html.indexOf("/hall/booking"));
        assertThat(html.indexOf("/hall/booking")).isLessThan(html.indexOf("notice.pdf"));
        assertThat(html).contains("tel:12345");
        page.removeSteps(booking);
        assertThat(render(page, SiteRoutes.GUIDE, Map.of("code", "370102-SJJ-XK-001"))
                        .html())
                .doesNotContain("/hall/booking");
    }

    @Test
    void theReadableSiteMapListsTheGuidesByAudienceAndDepartmentAndEveryLifeEvent() {
        var guides = new GuideListPage(catalogue, NO_VIEWS, "370100").siteMapLinks(Locale.SIMPLIFIED_CHINESE);
        assertThat(guides)
                .extracting(l -> l.group() + "|" + l.path() + "|" + l.text())
                .contains(
                        "办事指南|guides|全部事项",
                        "办事指南|guides?audience=LEGAL_PERSON|法人办事",
                        "办理部门|guides?department="
                                + catalogue.departments("370100").getFirst().code() + "|"
                                + catalogue.departments("370100").getFirst().name());
        assertThat(new LifeEventPage(catalogue, jurisdictions, "370100").siteMapLinks(Locale.ENGLISH))
                .extracting(l -> l.group() + "|" + l.path())
                .contains("Life events|life-events", "Life events|life-events/LE-CANYIN");
    }

    @Test
    void theSitemapListsEveryPublishedGuideOnceAndTheLists() {
        List<String> paths = new GuidePage(catalogue, jurisdictions, "370100")
                .sitemap().stream().map(SitemapEntry::path).toList();
        assertThat(paths)
                .contains("guides/370102-SJJ-XK-001", "guides/370100-SJJ-XK-009")
                .doesNotHaveDuplicates();
        assertThat(new LifeEventPage(catalogue, jurisdictions, "370100").sitemap())
                .extracting(SitemapEntry::path)
                .contains("life-events", "life-events/LE-CANYIN");
    }

    @Test
    void theHomeSectionLeadsToIndividualAndBusinessServicesLifeEventsAndDepartments() {
        PublicPages.Rendered section = render(
                (PublicPage) request -> new ServicesSection(catalogue, NO_VIEWS, "370100").render(request),
                "",
                Map.of());
        assertThat(section.html())
                .as("no 热门事项 before any guide was viewed")
                .doesNotContain("热门事项")
                .contains("<a href=\"/guides?audience=NATURAL_PERSON\">个人办事</a>")
                .contains("<a href=\"/guides?audience=LEGAL_PERSON\">法人办事</a>")
                .contains("<a href=\"/life-events/LE-CANYIN\">我要开餐馆</a>")
                .contains("济南市市场监督管理局");
    }

    private static final GuideViews NO_VIEWS = views();

    private static GuideViews views(String... codes) {
        return new GuideViews() {
            @Override
            public void recordView(String matterCode) {}

            @Override
            public List<String> mostViewed(int limit) {
                return List.of(codes);
            }
        };
    }

    @Test
    void theHomePageLeadsWithTheMostViewedGuidesStillPublished() {
        GuideViews views = views("370100-SJJ-XK-009", "WITHDRAWN-OR-GONE", "370102-SJJ-XK-001");
        PublicPages.Rendered section = render(
                (PublicPage) request -> new ServicesSection(catalogue, views, "370100").render(request), "", Map.of());
        String html = section.html();
        assertThat(html).contains("<h2 id=\"tb-home-popular\">热门事项</h2>").doesNotContain("WITHDRAWN-OR-GONE");
        assertThat(html.indexOf("href=\"/guides/370100-SJJ-XK-009\""))
                .as("most viewed first, before the other entries")
                .isPositive()
                .isLessThan(html.indexOf("href=\"/guides/370102-SJJ-XK-001\""))
                .isLessThan(html.indexOf("个人办事"));
    }
}
