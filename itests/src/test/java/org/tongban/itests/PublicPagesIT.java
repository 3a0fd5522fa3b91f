package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.SearchApiIT.SearchChecks;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;

/**
 * The Jinan portal's public pages as a search engine's crawler and a reverse proxy see them: plain HTTP, the guide's
 * text in the HTML, no session, 404 for an unknown address, the sitemap, 304 for an unchanged page, and a change
 * showing at once through the platform's events.
 */
class PublicPagesIT {
    private static final String FOOD_LICENCE = "370100-XSP-XK-004";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TongbanInstance jinan;

    @BeforeAll
    static void start() throws Exception {
        jinan = TongbanInstance.sharedDemo("jinan");
        SearchChecks.awaitIndexed(jinan);
    }

    @AfterAll
    static void stop() throws Exception {
        if (jinan != null) {
            jinan.close();
        }
    }

    private static HttpResponse<String> crawl(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(jinan.baseUrl() + path))
                .header(
                        "User-Agent",
                        "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aCrawlerGetsTheGuideAsHtmlWithItsTextAndNoSession() throws Exception {
        long sessionsBefore = jinan.sessionsCreated();
        HttpResponse<String> guide = crawl("/guides/" + FOOD_LICENCE);

        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.body())
                .contains("<title>食品经营许可")
                .contains("<meta name=\"description\" content=\"食品经营许可")
                .contains("<link rel=\"canonical\" href=\"" + jinan.baseUrl() + "/guides/" + FOOD_LICENCE + "\">")
                .contains("申请材料", "办理流程", "营业执照")
                .contains("主办单位", "网站标识码", "12345")
                .doesNotContain("vaadin");
        assertThat(guide.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(crawl("/").body()).contains("个人办事", "法人办事", "最新公告");
        assertThat(crawl("/search?q=%E5%BC%80%E9%A5%AD%E5%BA%97").body()).contains("/guides/");
        assertThat(jinan.sessionsCreated()).isEqualTo(sessionsBefore);
    }

    @Test
    void anUnknownAddressIs404WithAPageAndTheSitemapListsTheGuides() throws Exception {
        HttpResponse<String> missing = crawl("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在", "href=\"/guides\"");
        assertThat(crawl("/guides/370100-NO-SUCH").statusCode()).isEqualTo(404);

        HttpResponse<String> sitemap = crawl("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body())
                .contains("<loc>" + jinan.baseUrl() + "/guides/" + FOOD_LICENCE + "</loc>")
                .contains("<loc>" + jinan.baseUrl() + "/life-events/LE-CANYIN</loc>");
    }

    @Test
    void anUnchangedGuideIs304ForAProxyThatKeptIt() throws Exception {
        HttpResponse<String> first = crawl("/guides/" + FOOD_LICENCE);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "s-maxage=");
        assertThat(crawl("/guides/" + FOOD_LICENCE, "If-None-Match", etag).statusCode())
                .isEqualTo(304);
    }

    @Test
    void aPublishedNoticeShowsAtOnceThroughTheEvents() throws Exception {
        String title = "端午节假期大厅开放安排 " + System.nanoTime();
        assertThat(crawl("/notices").body()).doesNotContain(title);
        assertThat(crawl("/notices").headers().firstValue("ETag")).isPresent();

        // What the notice service does on publish: the row and its event in one transaction.
        Database database = jinan.service(Database.class);
        DomainEvents events = jinan.service(DomainEvents.class);
        database.transactions().required(c -> {
            Jdbc.insert(
                    c,
                    "INSERT INTO notice_item (jurisdiction_code, title, body, published_at, author) VALUES (?, ?, ?, ?, ?)",
                    "370100",
                    title,
                    "正文",
                    Jdbc.now(),
                    "city.clerk");
            events.publish("notice/PUBLISHED", "notice/test", Map.of("jurisdiction", "370100"));
            return null;
        });

        long waited = TongbanInstance.await(Duration.ofSeconds(10), () -> {
            try {
                return crawl("/notices").body().contains(title)
                        && crawl("/").body().contains(title);
            } catch (Exception e) {
                return false;
            }
        });
        System.out.println("public notice list and home page showed the new notice after " + waited + " ms");
    }
}
