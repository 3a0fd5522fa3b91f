package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.TongbanInstance;

/**
 * Guide search of the launched Jinan distribution over HTTP, on its embedded Lucene index: the index is built from the
 * demo catalogue at start, and citizens' ways of asking find the right guide through the public API.
 */
class SearchApiIT {

    private static TongbanInstance jinan;

    @BeforeAll
    static void start() throws Exception {
        jinan = TongbanInstance.sharedDemo("jinan");
        SearchChecks.awaitIndexed(jinan);
    }

    @AfterAll
    static void stop() throws Exception {
        jinan.close();
    }

    @Test
    void colloquialPinyinAndTraditionalQueriesFindTheRightGuideFirst() throws Exception {
        assertThat(SearchChecks.firstHit(jinan, "身份证丢了", "370102")).contains("370100-GAJ-QR-002");
        assertThat(SearchChecks.firstHit(jinan, "yyzz", "370102")).containsAnyOf("XSP-XK-001", "XSP-XK-004");
        assertThat(SearchChecks.firstHit(jinan, "開飯店", "370102"))
                .containsAnyOf("XSP-XK-004", "XSP-XK-006", "XSP-XK-009");
    }

    @Test
    void aDistrictCitizenSeesCityWideAndOwnDistrictMattersOnly() throws Exception {
        HttpResponse<String> result =
                jinan.get("/api/v1/search?q=" + encode("食品经营许可") + "&jurisdiction=370102&size=50");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("370100-XSP-XK-004").contains("370102-XSP-XK-006");
        assertThat(result.body()).doesNotContain("370103-XSP-XK-004").doesNotContain("370116-XSP-XK-004");
    }

    @Test
    void matterTypeAndCrossRegionModeFacetsCountAndFilterTheDemoCatalogue() throws Exception {
        String food = "/api/v1/search?q=" + encode("食品") + "&jurisdiction=370102&size=50";
        JsonNode all = json(jinan.get(food));
        assertThat(all.path("facets").path("matterType").findValuesAsText("value"))
                .contains("行政许可", "行政备案");
        assertThat(all.path("facets").path("crossRegionMode").findValuesAsText("value"))
                .containsExactly("全程网办");
        assertThat(all.path("hits").findValuesAsText("matterCode")).contains("370100-XSP-XK-006");

        // 食品生产许可 is not handled online; 食品经营许可 is, in the city and in 历下区.
        JsonNode online = json(jinan.get(food + "&crossRegionMode=" + encode("全程网办")));
        assertThat(online.path("hits").findValuesAsText("matterCode"))
                .contains("370100-XSP-XK-004", "370102-XSP-XK-006")
                .doesNotContain("370100-XSP-XK-006");
        assertThat(online.path("facets")
                        .path("crossRegionMode")
                        .get(0)
                        .path("count")
                        .asLong())
                .isEqualTo(online.path("total").asLong());

        JsonNode filings = json(jinan.get(food + "&matterType=" + encode("行政备案")));
        assertThat(filings.path("hits").findValuesAsText("matterCode"))
                .contains("370102-SJJ-QT-001")
                .doesNotContain("370102-XSP-XK-006", "370100-XSP-XK-004");
        assertThat(filings.path("facets").path("matterType").findValuesAsText("value"))
                .containsExactly("行政备案");
    }

    @Test
    void suggestionsCompleteWhatACitizenTypes() throws Exception {
        HttpResponse<String> suggest = jinan.get("/api/v1/suggest?q=" + encode("食品"));
        assertThat(suggest.statusCode()).isEqualTo(200);
        assertThat(suggest.body()).contains("食品经营许可");
    }

    @Test
    void badQueriesGetA400WithAChineseMessageNeverA500() throws Exception {
        for (String query : new String[] {
            "/api/v1/search",
            "/api/v1/search?q=",
            "/api/v1/search?q=" + "很".repeat(201),
            "/api/v1/search?q=" + encode("营业\u0000执照"),
            "/api/v1/search?q=abc&size=100000",
            "/api/v1/search?q=abc&page=-1",
            "/api/v1/search?q=abc&page=x"
        }) {
            HttpResponse<String> response = jinan.get(query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).containsPattern("[\\u4e00-\\u9fa5]");
        }
        HttpResponse<String> injection =
                jinan.get("/api/v1/search?q=" + encode("title:* OR 1=1 <script>alert(1)</script>"));
        assertThat(injection.statusCode()).isIn(200, 400);
        assertThat(injection.body()).doesNotContain("<script>");
    }

    @Test
    void healthAndOpenApiReportTheSearchBackend() throws Exception {
        HttpResponse<String> health = jinan.get("/health");
        assertThat(health.body()).contains("search:lucene");
        assertThat(jinan.get("/api/openapi.json").body()).contains("/v1/search").contains("/v1/suggest");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Shared by the search tests of both backends. */
    static final class SearchChecks {
        private SearchChecks() {}

        /** Waits for the index the platform builds from the demo catalogue at start. */
        static void awaitIndexed(TongbanInstance instance) throws InterruptedException {
            TongbanInstance.await(Duration.ofSeconds(60), () -> {
                try {
                    HttpResponse<String> r = instance.get("/api/v1/search?q=" + encode("营业执照"));
                    return r.statusCode() == 200 && r.body().contains("XSP-XK-001");
                } catch (Exception e) {
                    return false;
                }
            });
        }

        /** The body of the first hit of a search as a citizen of {@code jurisdiction}, up to the second hit. */
        static String firstHit(TongbanInstance instance, String text, String jurisdiction) throws Exception {
            HttpResponse<String> r =
                    instance.get("/api/v1/search?q=" + encode(text) + "&jurisdiction=" + jurisdiction + "&size=3");
            assertThat(r.statusCode()).as(text).isEqualTo(200);
            String body = r.body();
            int first = body.indexOf("\"matterCode\"");
            assertThat(first).as("a hit for " + text + " in " + body).isPositive();
            int second = body.indexOf("\"matterCode\"", first + 1);
            return body.substring(first, second < 0 ? body.length() : second);
        }
    }
}
