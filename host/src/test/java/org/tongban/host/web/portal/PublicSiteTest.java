package org.tongban.host.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.tongban.host.HostOptions;
import org.tongban.host.Main;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.portal.HomeSection;
import org.tongban.platform.api.portal.PageNotFoundException;
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.platform.api.portal.SiteMapLink;
import org.tongban.platform.api.portal.SitemapEntry;
import org.tongban.platform.api.portal.TraditionalScript;

/**
 * A real host (framework, Jetty, Vaadin) serving a public page registered as a service: what a citizen's browser, a
 * crawler and a reverse proxy see on the wire.
 */
class PublicSiteTest {

    @TempDir
    static Path home;

    private static Main.Host host;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger RENDERS = new AtomicInteger();
    private static volatile String guideTitle = "开办餐饮店";
    private static volatile String version = "3";

    /** A guide page as a catalogue would contribute it; its text holds a script a clerk pasted in. */
    static final class GuidePage implements PublicPage {
        @Override
        public PageView render(PageRequest request) {
            RENDERS.incrementAndGet();
            String code = request.pathParameter("code");
            if (!code.equals("370100-001")) {
                throw new PageNotFoundException("guide " + code);
            }
            return PageView.of(
                            "portal-test/guide.ftlh",
                            Map.of("guide", Map.of("title", guideTitle, "body", "<script>alert(1)</script>须知")))
                    .title(guideTitle)
                    .description("食品经营许可的条件、材料与流程")
                    .canonical("guides/" + code)
                    .published(version, Instant.parse("2026-11-30T08:00:00Z"));
        }

        @Override
        public List<SitemapEntry> sitemap() {
            return List.of(new SitemapEntry("guides/370100-001", Instant.parse("2026-11-30T08:00:00Z")));
        }

        @Override
        public List<SiteMapLink> siteMapLinks(Locale locale) {
            String group = locale.getLanguage().equals("en") ? "Guides" : "办事指南";
            return List.of(
                    new SiteMapLink(group, "guides", "全部事项 <i>"),
                    new SiteMapLink(group, "guides?audience=LEGAL_PERSON", "法人办事"));
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/startup.json"), "[]");
        Files.writeString(
                home.resolve("conf/tongban.properties"),
                "port=0\nhost=127.0.0.1\ncity=jinan\ntheme=jinan\n",
                StandardCharsets.ISO_8859_1);
        Path theme = Files.createDirectories(home.resolve("themes/jinan"));
        Files.writeString(
                theme.resolve("theme.json"),
                """
                {"hallName": "济南市政务服务网", "hallNameEnglish": "Jinan services",
                 "site": {"sponsor": "济南市行政审批服务局", "siteCode": "3701000049", "icp": "鲁ICP备05000000号", "sample": true}}
                """);
        host = new Main.Host(HostOptions.parse("--home", home.toString()));
        host.start();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(PublicPage.PATH, new String[] {"guides/{code}"});
        properties.put(PublicPage.TOPICS, new String[] {"catalogue/*"});
        host.osgi().bundleContext().registerService(PublicPage.class, new GuidePage(), properties);
        Dictionary<String, Object> section = new Hashtable<>();
        section.put(HomeSection.ORDER, 10);
        section.put(HomeSection.TOPICS, new String[] {"notice/*"});
        host.osgi()
                .bundleContext()
                .registerService(
                        HomeSection.class,
                        request -> PageView.of("portal-test/section.ftlh", Map.of("heading", "最新公告 <b>")),
                        section);
    }

    @Test
    void theHomePageShowsTheSearchBoxTheSectionsAndTheHotlineWithoutASession() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("<title>首页 - 济南市政务服务网</title>")
                .contains("<form action=\"/search\" method=\"get\" role=\"search\"")
                .contains("<h2>最新公告 &lt;b&gt;</h2>")
                .contains("href=\"tel:12345\"");
        assertThat(home.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @AfterAll
    static void stop() {
        host.stop();
    }

    @Test
    void aGuideIsPlainHtmlWithTitleDescriptionCanonicalFooterAndEscapedText() throws Exception {
        HttpResponse<String> page = get("/guides/370100-001");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(page.body())
                .contains("<html lang=\"zh-CN\">")
                .contains("<title>开办餐饮店 - 济南市政务服务网</title>")
                .contains("<meta name=\"description\" content=\"食品经营许可的条件、材料与流程\">")
                .contains("<link rel=\"canonical\" href=\"http://127.0.0.1:" + host.port() + "/guides/370100-001\">")
                .contains("<h1>开办餐饮店</h1>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;须知")
                .doesNotContain("<script>alert(1)")
                .contains("济南市行政审批服务局", "3701000049", "鲁ICP备05000000号", "12345")
                .contains("办事指南");
        assertThat(page.body())
                .as("a demonstration city's numbers are marked as samples, never passing for real registrations")
                .contains("3701000049 <span class=\"tb-sample\">示例</span>")
                .contains("本站为演示站点：网站标识码和备案号均为示例，并非真实编号。")
                .as("the read-aloud button waits for the script, which shows it where the browser can speak")
                .contains("<button type=\"button\" class=\"tb-read\" data-read=\"#main\"", "hidden>朗读本页</button>");
    }

    @Test
    void aTraditionalChinesePageIsConvertedWholeWhenAScriptIsThereAndLeftAsWrittenOtherwise() throws Exception {
        assertThat(get("/guides/370100-001?lang=zh-TW").body())
                .as("no conversion registered: the content stays as written")
                .contains("<h1>开办餐饮店</h1>");
        ServiceRegistration<TraditionalScript> script = host.osgi()
                .bundleContext()
                .registerService(
                        TraditionalScript.class,
                        text -> text.replace("开办餐饮店", "開辦餐飲店").replace("须知", "須知"),
                        new Hashtable<>());
        try {
            String traditional = get("/guides/370100-001?lang=zh-TW").body();
            assertThat(traditional)
                    .contains("<title>開辦餐飲店 - ", "<h1>開辦餐飲店</h1>", "&lt;/script&gt;須知")
                    .doesNotContain("开办餐饮店");
            assertThat(get("/guides/370100-001?lang=zh-CN").body()).contains("<h1>开办餐饮店</h1>");
        } finally {
            script.unregister();
        }
    }

    @Test
    void noSessionIsCreatedForPublicPagesNorForThe404Page() throws Exception {
        for (String path : List.of("/guides/370100-001", "/no-such-page", "/sitemap.xml", "/guides/unknown")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
        assertThat(host.web().sessionCount()).isZero();
    }

    @Test
    void unknownAddressesAndUnknownGuidesAnswer404WithAHelpfulPage() throws Exception {
        for (String path : List.of("/no-such-page", "/guides/370100-999")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).contains("<title>页面不存在 - 济南市政务服务网</title>", "href=\"/guides\"");
        }
    }

    @Test
    void sitemapListsTheContributedPages() throws Exception {
        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(sitemap.body())
                .contains("<loc>http://127.0.0.1:" + host.port() + "/guides/370100-001</loc>")
                .contains("<lastmod>2026-11-30</lastmod>");
    }

    @Test
    void theFootersSiteMapIsAReadablePageOfGroupedLinksInTheVisitorsLanguage() throws Exception {
        assertThat(get("/guides/370100-001").body()).contains("<a href=\"/sitemap\">网站地图</a>");
        HttpResponse<String> map = get("/sitemap");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(map.body())
                .contains("<title>网站地图 - 济南市政务服务网</title>", "<h1>网站地图</h1>")
                .contains(">本站栏目</h2>", "<a href=\"/\">首页</a>")
                .contains(">办事指南</h2>", "<a href=\"/guides\">全部事项 &lt;i&gt;</a>")
                .contains("<a href=\"/guides?audience=LEGAL_PERSON\">法人办事</a>");
        assertThat(map.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(get("/sitemap?lang=en").body()).contains("<h1>Site map</h1>", ">Guides</h2>");
    }

    @Test
    void onAPhoneTheHeadersSearchBoxFoldsIntoALinkToTheSearchPageAndTheToolsIntoAMenu() throws Exception {
        String page = get("/guides/370100-001").body();
        assertThat(page)
                .contains("<a class=\"tb-search-open\" href=\"/search\" data-controls=\"tb-search\"")
                .contains("<form id=\"tb-search\" class=\"tb-search\"")
                .contains("<details class=\"tb-more\">");
    }

    @Test
    void anUnchangedPageAnswers304AndAProxyMayKeepIt() throws Exception {
        HttpResponse<String> first = get("/guides/370100-001");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).hasValue("Mon, 30 Nov 2026 08:00:00 GMT");
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "s-maxage=30");

        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/guides/370100-001"))
                .header("If-None-Match", etag)
                .build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aPublishEventReplacesTheKeptPageAtOnce() throws Exception {
        get("/guides/370100-001");
        int renders = RENDERS.get();
        String before = get("/guides/370100-001").headers().firstValue("ETag").orElseThrow();
        assertThat(RENDERS.get()).as("served from the node's copy").isEqualTo(renders);

        guideTitle = "开办餐饮店（2027 版）";
        version = "4";
        assertThat(get("/guides/370100-001").body()).doesNotContain("2027 版");
        deliver("catalogue/PUBLISHED");

        HttpResponse<String> after = get("/guides/370100-001");
        assertThat(after.body()).contains("<h1>开办餐饮店（2027 版）</h1>");
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before);
        // Events of other topics leave it alone.
        int rendered = RENDERS.get();
        deliver("worktime/OVERDUE");
        get("/guides/370100-001");
        assertThat(RENDERS.get()).isEqualTo(rendered);

        guideTitle = "开办餐饮店";
        version = "3";
        deliver("catalogue/WITHDRAWN");
    }

    @Test
    void languageAndCareModeAreChosenByQueryAndRememberedInCookies() throws Exception {
        HttpResponse<String> english = get("/guides/370100-001?lang=en&care=1");
        assertThat(english.body())
                .contains("<html lang=\"en\">", "Jinan services", "Service guides", "class=\"tb-public tb-care\"");
        assertThat(english.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("tb-lang=en"))
                .anyMatch(cookie -> cookie.startsWith("tb-care=1"));
        assertThat(english.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

        HttpResponse<String> remembered = send(HttpRequest.newBuilder(uri("/guides/370100-001"))
                .header("Cookie", "tb-lang=zh-TW")
                .build());
        assertThat(remembered.body()).contains("<html lang=\"zh-TW\">", "辦事指南");
    }

    @Test
    void switchingLanguageOrCareModeKeepsTheRestOfTheAddress() throws Exception {
        String page =
                get("/guides/370100-001?tab=materials&lang=en&x=%E5%8A%9E").body();
        assertThat(page)
                .contains("href=\"/guides/370100-001?tab=materials&amp;x=%E5%8A%9E&amp;lang=zh-TW\"")
                .contains("href=\"/guides/370100-001?tab=materials&amp;x=%E5%8A%9E&amp;care=1\"");
        assertThat(get("/guides/370100-001").body()).contains("href=\"/guides/370100-001?lang=en\"");
    }

    private static void deliver(String topic) throws Exception {
        BundleContext context = host.osgi().bundleContext();
        ServiceReference<DomainEventHandler> reference = context.getServiceReferences(
                        DomainEventHandler.class, "(event.handler=" + PageCacheInvalidation.NAME + ")")
                .iterator()
                .next();
        context.getService(reference)
                .handle(new DomainEvent(1, topic, "matter/370100-001", Map.of("matter", "370100-001"), Instant.now()));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + host.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
