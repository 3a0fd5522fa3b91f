package org.tongban.search.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.search.ui.fixtures.RecordingAnalytics;
import org.tongban.testing.ApiCalls;
import org.tongban.testing.TestJurisdictions;

class SearchEndpointTest extends ApiTestSupport {
    private SearchEndpoint endpoint;
    private final RecordingAnalytics analytics = new RecordingAnalytics();

    @Override
    String path() {
        return SearchEndpoint.PATH;
    }

    @Override
    ApiRoute endpoint() {
        if (endpoint == null) {
            endpoint = new SearchEndpoint(search, new TestJurisdictions(), "370100");
            endpoint.bindAnalytics(analytics);
        }
        return endpoint;
    }

    private static List<String> codes(JsonNode result) {
        List<String> codes = new ArrayList<>();
        result.path("hits").forEach(hit -> codes.add(hit.path("matterCode").asText()));
        return codes;
    }

    /** The highlighted pieces of a text, cut out by the offsets as a client would. */
    private static List<String> marked(String text, JsonNode ranges) {
        List<String> pieces = new ArrayList<>();
        ranges.forEach(r -> pieces.add(text.substring(r.get(0).asInt(), r.get(1).asInt())));
        return pieces;
    }

    @Test
    void answersWithHitsHighlightOffsetsAndFacets() throws IOException {
        ApiCalls.Reply response = get("", "q", "营业执照", "jurisdiction", "370102");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Cache-Control", "public, max-age=30");
        JsonNode result = json(response);
        assertThat(result.path("query").asText()).isEqualTo("营业执照");
        assertThat(result.path("total").asInt()).isEqualTo(3);
        assertThat(result.path("page").asInt()).isZero();
        assertThat(result.path("size").asInt()).isEqualTo(10);
        assertThat(result.path("pageCount").asInt()).isEqualTo(1);
        assertThat(result.has("didYouMean")).isTrue();
        assertThat(result.path("didYouMean").isNull()).isTrue();
        assertThat(codes(result)).contains("370100-SJJ-XK-001", "370102-SJJ-XK-002");

        JsonNode licence = hit(result, "matter:370100-SJJ-XK-001");
        assertThat(licence.path("kind").asText()).isEqualTo("matter");
        assertThat(licence.path("title").asText()).isEqualTo("营业执照核发（有限责任公司设立登记）");
        assertThat(marked(licence.path("title").asText(), licence.path("titleHighlights")))
                .containsExactly("营业执照");
        assertThat(licence.path("href").asText()).isEqualTo("/guides/370100-SJJ-XK-001");
        assertThat(licence.path("apiHref").asText()).isEqualTo("/api/v1/matters/370100-SJJ-XK-001");

        JsonNode food = hit(result, "matter:370102-SJJ-XK-002");
        JsonNode snippet = food.path("snippets").get(0);
        assertThat(snippet.path("field").asText()).isIn("conditions", "materials");
        assertThat(marked(snippet.path("text").asText(), snippet.path("highlights")))
                .isNotEmpty()
                .allMatch("营业执照"::equals);

        JsonNode faq = hit(result, "faq:FAQ-0001");
        assertThat(faq.path("kind").asText()).isEqualTo("faq");
        assertThat(faq.path("matterCode").asText()).isEqualTo("370100-SJJ-XK-001");
        assertThat(faq.path("snippets").get(0).path("field").asText()).isEqualTo("answer");
        assertThat(faq.path("snippets").get(0).path("text").asText()).contains("申请补领营业执照");

        JsonNode departments = result.path("facets").path("department");
        assertThat(departments.get(0).path("value").asText()).isEqualTo("370100-SJJ");
        assertThat(departments.get(0).path("label").asText()).isEqualTo("济南市市场监督管理局");
        assertThat(departments.get(0).path("count").asInt()).isEqualTo(2);
        JsonNode places = result.path("facets").path("jurisdiction");
        assertThat(places.findValuesAsText("label")).containsExactlyInAnyOrder("济南市", "历下区");
        assertThat(result.path("facets").path("audience").findValuesAsText("value"))
                .containsExactlyInAnyOrder("法人", "自然人");
        assertThat(result.path("facets").path("lifeEvent").findValuesAsText("value"))
                .containsExactlyInAnyOrder("企业开办一件事", "我要开餐馆");
    }

    private static JsonNode hit(JsonNode result, String id) {
        for (JsonNode hit : result.path("hits")) {
            if (hit.path("id").asText().equals(id)) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + id + " in " + result);
    }

    @Test
    void limitsShowWithTheirUnitsInSnippetsAndTheirFacetFilters() throws IOException {
        JsonNode result = json(get("", "q", "居民身份证", "jurisdiction", "370100"));

        JsonNode card = hit(result, "matter:370100-GAJ-QR-010");
        assertThat(card.path("snippets").findValuesAsText("text")).contains("法定 60 日（居民身份证法 第十二条），承诺 20 日");
        assertThat(result.path("facets").path("promisedLimit").findValuesAsText("value"))
                .containsExactly("20 日");
        assertThat(codes(json(get("", "q", "居民身份证", "jurisdiction", "370100", "promisedLimit", "20 日"))))
                .containsExactly("370100-GAJ-QR-010");
        assertThat(codes(json(get("", "q", "居民身份证", "jurisdiction", "370100", "promisedLimit", "20 个工作日"))))
                .isEmpty();
    }

    @Test
    void matterTypeAndCrossRegionModeAreFacetsAndFilters() throws IOException {
        JsonNode result = json(get("", "q", "营业执照", "jurisdiction", "370102"));

        assertThat(result.path("facets").path("matterType").findValuesAsText("label"))
                .contains("行政许可");
        assertThat(result.path("facets").path("crossRegionMode").findValuesAsText("value"))
                .contains("全程网办", "多地联办", "异地代收代办");
        assertThat(codes(json(get("", "q", "营业执照", "jurisdiction", "370102", "crossRegionMode", "多地联办"))))
                .containsExactly("370100-SJJ-XK-001");
        assertThat(codes(json(get("", "q", "居民身份证", "jurisdiction", "370100", "matterType", "行政确认"))))
                .containsExactly("370100-GAJ-QR-010");
        // The licence lists a 居民身份证 among its materials; the ID card itself is a confirmation, not a licence.
        assertThat(codes(json(get("", "q", "居民身份证", "jurisdiction", "370100", "matterType", "行政许可"))))
                .containsExactly("370100-SJJ-XK-001");
    }

    @Test
    void filtersNarrowAndPagesSplit() throws IOException {
        assertThat(codes(json(get("", "q", "营业执照", "jurisdiction", "370102", "department", "370102-SJJ"))))
                .containsExactly("370102-SJJ-XK-002");
        assertThat(codes(json(get("", "q", "营业执照", "jurisdiction", "370102", "audience", "个人"))))
                .containsExactly("370102-SJJ-XK-002");
        assertThat(codes(json(get("", "q", "营业执照", "jurisdiction", "370102", "scope", "370102"))))
                .containsExactly("370102-SJJ-XK-002");
        assertThat(codes(json(get("", "q", "营业执照", "jurisdiction", "370102", "lifeEvent", "企业开办一件事"))))
                .containsExactly("370100-SJJ-XK-001");

        JsonNode second = json(get("", "q", "营业执照", "jurisdiction", "370102", "size", "2", "page", "1"));
        assertThat(second.path("hits")).hasSize(1);
        assertThat(second.path("pageCount").asInt()).isEqualTo(2);
        assertThat(second.path("total").asInt()).isEqualTo(3);
    }

    @Test
    void aTypoIsCorrected() throws IOException {
        JsonNode result = json(get("", "q", "营业执找"));
        assertThat(result.path("didYouMean").asText()).isEqualTo("营业执照");
        assertThat(codes(result)).first().isEqualTo("370100-SJJ-XK-001");
    }

    @Test
    void badParametersGetA400WithTheReasonInChinese() throws IOException {
        assertError(get(""), 400, "请输入要搜索的内容：参数 q 不能为空");
        assertError(get("", "q", "   "), 400, "请输入要搜索的内容：参数 q 不能为空");
        assertError(get("", "q", "营".repeat(201)), 400, "参数 q 不能超过 200 个字符，收到 201 个");
        assertError(get("", "q", "营业\u0000执照"), 400, "参数 q 含有不可见的控制字符，请删除后再试");
        assertError(get("", "q", "营业执照", "page", "-1"), 400, "参数 page 应为不小于 0 的整数，收到：-1");
        assertError(get("", "q", "营业执照", "page", "二"), 400, "参数 page 应为不小于 0 的整数，收到：二");
        assertError(get("", "q", "营业执照", "size", "1e3"), 400, "参数 size 应为不小于 0 的整数，收到：1e3");
        assertError(get("", "q", "营业执照", "size", "51"), 400, "参数 size 应在 1 到 50 之间，收到：51");
        assertError(get("", "q", "营业执照", "size", "0"), 400, "参数 size 应在 1 到 50 之间，收到：0");
        assertError(get("", "q", "营业执照", "jurisdiction", "110101"), 400, "没有这个行政区划：110101");
        assertError(
                get("", "q", "营业执照", "jurisdiction", "3701"), 400, "参数 jurisdiction 应为 6、9 或 12 位数字的行政区划代码，收到：3701");
        assertError(get("", "q", "营业执照", "scope", "370103"), 400, "参数 scope 应为 jurisdiction 本身或它的上级行政区划代码，收到：370103");
        assertError(get("", "q", "营业执照", "audience", "企业"), 400, "参数 audience 只能是 自然人（个人）或 法人，收到：企业");
        assertError(get("", "q", "营业执照", "department", "<x>"), 400, "参数 department 只能包含字母、数字、点、连字符和下划线，且不超过 64 个字符");
        assertError(get("", "q", "营业执照", "q", "身份证"), 400, "参数 q 只能出现一次");
        // Beyond the deepest page a search can reach: the service's own refusal, still the client's mistake.
        assertError(get("", "q", "营业执照", "page", "5000", "size", "50"), 400, "页码过大，请缩小搜索范围");
        assertThat(analytics.searches).isEmpty();
    }

    @Test
    void markupInAGuideOrAnErrorNeverReachesTheClientAsMarkup() throws IOException {
        ApiCalls.Reply guide = get("", "q", "特种设备");
        assertThat(guide.text()).doesNotContain("<b>", "<script>").contains("\\u003cb\\u003e依法");
        assertThat(json(guide)
                        .path("hits")
                        .get(0)
                        .path("snippets")
                        .get(0)
                        .path("text")
                        .asText())
                .contains("<b>依法</b>");

        ApiCalls.Reply error = get("", "q", "营业执照", "audience", "<img src=x>");
        assertThat(error.text()).doesNotContain("<img").contains("\\u003cimg");
    }

    @Test
    void aSearchServiceThatIsDownGetsA503NeverA500() throws IOException {
        search.down(true);

        ApiCalls.Reply response = get("", "q", "营业执照");

        assertError(response, 503, "搜索服务暂时不可用，请稍后再试");
        assertThat(response.headers()).containsEntry("Retry-After", "30");
        assertThat(analytics.searches).isEmpty();
    }

    @Test
    void firstPagesAreRecordedAsApiSearchesAndFailingAnalyticsChangeNothing() throws IOException {
        get("", "q", "营业执照", "jurisdiction", "370102");
        get("", "q", "营业执照", "jurisdiction", "370102", "page", "1", "size", "2");

        assertThat(analytics.searches).singleElement().isEqualTo(new RecordingAnalytics.Search(1, "营业执照", 3, "api"));

        endpoint.unbindAnalytics(analytics);
        endpoint.bindAnalytics(new RecordingAnalytics().failing());
        assertThat(get("", "q", "营业执照").status()).isEqualTo(200);
        endpoint.unbindAnalytics(analytics);
        assertThat(get("", "q", "营业执照").status()).isEqualTo(200);
    }

    @Test
    void anUnknownSubPathIsA404() throws IOException {
        assertError(get("/more", "q", "营业执照"), 404, "没有这个接口：/api/v1/search/more");
        assertThat(get("/", "q", "营业执照").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionCoversTheParametersAndItsReferencesResolve() throws IOException {
        JsonNode doc = JSON.readTree(endpoint().openApi());

        JsonNode get = doc.path("paths").path("/v1/search").path("get");
        assertThat(get.path("parameters").findValuesAsText("name"))
                .containsExactly(
                        "q",
                        "jurisdiction",
                        "scope",
                        "department",
                        "audience",
                        "lifeEvent",
                        "promisedLimit",
                        "matterType",
                        "crossRegionMode",
                        "page",
                        "size");
        assertThat(get.path("responses").has("400")).isTrue();
        assertThat(get.path("responses").has("503")).isTrue();
        for (String reference : doc.findValuesAsText("$ref")) {
            String schema = reference.substring("#/components/schemas/".length());
            assertThat(doc.path("components").path("schemas").has(schema))
                    .as(reference)
                    .isTrue();
        }
        // Every field of a real answer is described.
        JsonNode answer = json(get("", "q", "营业执照"));
        JsonNode described =
                doc.path("components").path("schemas").path("SearchResult").path("properties");
        answer.fieldNames()
                .forEachRemaining(
                        name -> assertThat(described.has(name)).as(name).isTrue());
        JsonNode hit = doc.path("components").path("schemas").path("SearchHit").path("properties");
        answer.path("hits").get(0).fieldNames().forEachRemaining(name -> assertThat(hit.has(name))
                .as(name)
                .isTrue());
    }
}
