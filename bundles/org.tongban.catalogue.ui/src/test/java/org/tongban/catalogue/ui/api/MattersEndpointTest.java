package org.tongban.catalogue.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ui.fixtures.InMemoryCatalogue;
import org.tongban.catalogue.ui.fixtures.Samples;
import org.tongban.testing.ApiCalls;
import org.tongban.testing.TestJurisdictions;

/** The route answering as the host calls it: the path below {@code /api}, the parameters, the answer. */
class MattersEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final MattersEndpoint endpoint =
            new MattersEndpoint(InMemoryCatalogue.withSamples(jurisdictions), jurisdictions, "370100");

    private ApiCalls.Reply get(String subPath, String... parameters) {
        return getPath(MattersEndpoint.PATH + subPath, parameters);
    }

    private ApiCalls.Reply getPath(String path, String... parameters) {
        String[] patterns = {
            MattersEndpoint.PATH, MattersEndpoint.ONE, MattersEndpoint.NOTICE, MattersEndpoint.ATTACHMENT
        };
        return ApiCalls.get(endpoint, patterns, path, parameters);
    }

    private static JsonNode json(ApiCalls.Reply response) throws IOException {
        assertThat(response.contentType()).isEqualTo("application/json;charset=UTF-8");
        return JSON.readTree(response.text());
    }

    @Test
    void theCityListsOnlyCityMattersAndADistrictAlsoTheCitys() throws IOException {
        JsonNode city = json(get(""));
        assertThat(city.path("total").asInt()).isEqualTo(2);
        assertThat(codes(city)).containsExactly("370100-MZJ-QR-002", "370100-SJJ-XK-009");

        ApiCalls.Reply response = get("/", "jurisdiction", "370102");
        JsonNode lixia = json(response);
        assertThat(response.status()).isEqualTo(200);
        assertThat(lixia.path("total").asInt()).isEqualTo(3);
        assertThat(lixia.path("pageCount").asInt()).isEqualTo(1);
        JsonNode first = lixia.path("items").get(0);
        // Ordered by name: 内地居民婚姻登记, 特种设备使用登记, 食品经营许可（新办）
        assertThat(first.path("name").asText()).isEqualTo("内地居民婚姻登记");
        assertThat(first.path("type").asText()).isEqualTo("行政确认");
        assertThat(first.path("audiences").get(0).asText()).isEqualTo("自然人");
        assertThat(first.path("jurisdiction").path("name").asText()).isEqualTo("济南市");
        assertThat(first.path("department").path("name").asText()).isEqualTo("济南市民政局");
        assertThat(first.path("onlineDepth").asText()).isEqualTo("网上预审");
        assertThat(first.path("instant").asBoolean()).isTrue();
        assertThat(first.path("href").asText()).isEqualTo("/api/v1/matters/370100-MZJ-QR-002");
    }

    @Test
    void filtersByAudienceAndDepartmentAndPages() throws IOException {
        JsonNode companies = json(get("", "jurisdiction", "370102", "audience", "法人", "size", "1", "page", "1"));
        assertThat(companies.path("total").asInt()).isEqualTo(2);
        assertThat(companies.path("pageCount").asInt()).isEqualTo(2);
        assertThat(companies.path("items")).hasSize(1);
        assertThat(companies.path("items").get(0).path("code").asText()).isEqualTo("370102-SJJ-XK-001");

        JsonNode market = json(get("", "jurisdiction", "370102", "department", "370100-SJJ"));
        assertThat(codes(market)).containsExactly("370100-SJJ-XK-009");
    }

    @Test
    void badParametersGetA400WithTheReasonInChinese() throws IOException {
        assertBadRequest(get("", "page", "-1"), "参数 page 应为不小于 0 的整数，收到：-1");
        assertBadRequest(get("", "page", "二"), "参数 page 应为不小于 0 的整数，收到：二");
        assertBadRequest(get("", "size", "101"), "参数 size 应在 1 到 100 之间，收到：101");
        assertBadRequest(get("", "audience", "企业"), "参数 audience 只能是 自然人（个人）或 法人，收到：企业");
        assertBadRequest(get("", "jurisdiction", "110101"), "没有这个行政区划：110101");
        assertBadRequest(get("", "department", "370100-XXX"), "没有这个部门：370100-XXX");
        assertBadRequest(get("/<script>"), "参数 code 只能包含字母、数字、点、连字符和下划线，且不超过 64 个字符");
    }

    @Test
    void markupInAnErrorOrAGuideNeverReachesTheClientAsMarkup() throws IOException {
        ApiCalls.Reply response = get("", "audience", "<img src=x>");
        assertThat(response.text()).doesNotContain("<img").contains("\\u003cimg");

        ApiCalls.Reply guide = get("/370102-SJJ-XK-001");
        assertThat(guide.text()).doesNotContain("<b>").contains("\\u003cb\\u003e食品安全管理制度");
        assertThat(json(guide).path("materials").get(2).path("name").asText()).isEqualTo("<b>食品安全管理制度</b>");
    }

    @Test
    void oneGuideHasEveryFieldWithLabelsAndItsFaqs() throws IOException {
        ApiCalls.Reply response = get("/370102-SJJ-XK-001");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Cache-Control", "public, max-age=60");
        JsonNode guide = json(response);

        assertThat(guide.path("name").asText()).isEqualTo("食品经营许可（新办）");
        assertThat(guide.path("department").path("phone").asText()).isEqualTo("0531-86000000");
        assertThat(guide.path("jurisdiction").path("name").asText()).isEqualTo("历下区");
        assertThat(guide.path("steps")).hasSize(3);
        assertThat(guide.path("limits").path("legal").path("amount").asInt()).isEqualTo(20);
        assertThat(guide.path("limits").path("legal").path("unit").asText()).isEqualTo("工作日");
        assertThat(guide.path("limits").path("legal").path("text").asText()).isEqualTo("20 个工作日");
        assertThat(guide.path("limits").path("promised").path("text").asText()).isEqualTo("5 个工作日");
        assertThat(guide.path("limits").path("acceptance").path("note").asText())
                .isEqualTo("行政许可法 第三十二条");
        assertThat(guide.path("limits").path("extension").isNull()).isTrue();
        assertThat(guide.path("free").asBoolean()).isTrue();
        assertThat(guide.path("fees")).isEmpty();
        assertThat(guide.path("delivery").get(1).asText()).isEqualTo("电子证照");
        assertThat(guide.path("crossRegion").asText()).isEqualTo("全省通办");
        assertThat(guide.path("commitmentAllowed").asBoolean()).isTrue();
        JsonNode form = guide.path("materials").get(0).path("blankForm");
        assertThat(form.path("fileName").asText()).isEqualTo("食品经营许可申请书.pdf");
        assertThat(guide.path("materials").get(1).path("eCertificate").asText()).isEqualTo("营业执照");
        assertThat(guide.path("materials").get(1).path("blankForm").isNull()).isTrue();
        assertThat(guide.path("materials").get(2).path("tolerant").asBoolean()).isTrue();
        assertThat(guide.path("specialSteps").get(0).path("kind").asText()).isEqualTo("现场核查");
        assertThat(guide.path("faqs").get(0).path("question").asText()).isEqualTo("网上申请后还要去窗口吗？");
        assertThat(guide.path("version").asInt()).isEqualTo(3);
        assertThat(guide.path("publishedAt").asText()).isEqualTo("2026-01-05T02:00:00Z");
    }

    @Test
    void anUnknownOrUnpublishedCodeIsA404() throws IOException {
        ApiCalls.Reply response = get("/370102-SJJ-XK-404");
        assertThat(response.status()).isEqualTo(404);
        assertThat(json(response).path("error").asText()).isEqualTo("没有已发布的事项：370102-SJJ-XK-404");

        assertThat(get("/370102-SJJ-XK-001/materials").status()).isEqualTo(404);
    }

    @Test
    void theOneTimeNoticeIsAPdfNamedAfterTheMatter() throws IOException {
        ApiCalls.Reply response = get("/370102-SJJ-XK-001/notice.pdf");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        assertThat(response.headers().get("Content-Disposition"))
                .startsWith("attachment; filename=\"notice-370102-SJJ-XK-001.pdf\"; filename*=UTF-8''%E4%B8%80");
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(
                        new com.lowagie.text.pdf.PdfReader(response.bytes()))
                .getTextFromPage(1);
        assertThat(text).contains("食品经营许可（新办）", "一次性告知书", "历下区市场监督管理局");

        assertThat(get("/370102-SJJ-XK-404/notice.pdf").status()).isEqualTo(404);
        assertThat(get("/<x>/notice.pdf").status()).isEqualTo(400);
    }

    @Test
    void aBlankFormOfAPublishedGuideDownloadsAsAnAttachmentAndAnythingElseIsRefused() throws IOException {
        String id = json(get("/370102-SJJ-XK-001"))
                .path("materials")
                .get(0)
                .path("blankForm")
                .path("id")
                .asText();
        ApiCalls.Reply form = getPath("v1/attachments/" + id);

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.contentType()).isEqualTo("application/pdf");
        assertThat(form.headers().get("Content-Disposition"))
                .startsWith("attachment; ")
                .contains("filename*=UTF-8''"
                        + java.net.URLEncoder.encode("食品经营许可申请书.pdf", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(form.bytes()).isNotEmpty();

        assertThat(getPath("v1/attachments/" + "0".repeat(64)).status()).isEqualTo(404);
        ApiCalls.Reply forged = getPath("v1/attachments/..%2F..%2Fetc");
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.text()).contains("附件编号应为64位十六进制数");
    }

    @Test
    void theOpenApiDescriptionCoversEveryPathAndItsReferencesResolve() throws IOException {
        JsonNode doc = JSON.readTree(endpoint.openApi());

        assertThat(doc.path("paths").has("/v1/matters")).isTrue();
        assertThat(doc.path("paths").has("/v1/matters/{code}")).isTrue();
        assertThat(doc.path("paths").has("/v1/matters/{code}/notice.pdf")).isTrue();
        assertThat(doc.path("paths").has("/v1/attachments/{id}")).isTrue();
        assertThat(doc.path("paths")
                        .path("/v1/matters")
                        .path("get")
                        .path("parameters")
                        .findValuesAsText("name"))
                .containsExactly("jurisdiction", "department", "audience", "lifeEvent", "page", "size");
        for (String reference : doc.findValuesAsText("$ref")) {
            String schema = reference.substring("#/components/schemas/".length());
            assertThat(doc.path("components").path("schemas").has(schema))
                    .as(reference)
                    .isTrue();
        }
        // Every field the guide answer has is described.
        JsonNode described =
                doc.path("components").path("schemas").path("ServiceGuide").path("properties");
        json(get("/370102-SJJ-XK-001")).fieldNames().forEachRemaining(field -> assertThat(described.has(field))
                .as(field)
                .isTrue());
    }

    private static java.util.List<String> codes(JsonNode page) {
        return page.path("items")
                .valueStream()
                .map(item -> item.path("code").asText())
                .toList();
    }

    private static void assertBadRequest(ApiCalls.Reply response, String message) throws IOException {
        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).path("error").asText()).isEqualTo(message);
    }

    @Test
    void samplesAreWhatTheseTestsAssume() {
        assertThat(Samples.foodLicence().jurisdictionCode()).isEqualTo("370102");
    }

    @Test
    void aGuideCarriesItsImplementingBodyChannelsIntermediariesStepLimitsAndNationalCodes() throws IOException {
        InMemoryCatalogue catalogue = InMemoryCatalogue.withSamples(jurisdictions);
        catalogue.publish(Samples.foodLicenceWithAuthority());
        MattersEndpoint withAuthority = new MattersEndpoint(catalogue, jurisdictions, "370100");
        String[] patterns = {MattersEndpoint.PATH, MattersEndpoint.ONE, MattersEndpoint.NOTICE};

        JsonNode guide = json(ApiCalls.get(withAuthority, patterns, MattersEndpoint.PATH + "/370102-SJJ-XK-001"));

        JsonNode authority = guide.path("authority");
        assertThat(authority.path("body").asText()).isEqualTo("济南市历下区人民政府");
        assertThat(authority.path("creditCode").asText()).isEqualTo(Samples.GOVERNMENT_CREDIT_CODE);
        assertThat(authority.path("handlingDepartmentIsBody").asBoolean()).isFalse();
        assertThat(authority.path("powerSource").asText()).isEqualTo("委托");
        assertThat(authority.path("grantingBody").asText()).isEqualTo("济南市人民政府");
        assertThat(authority.path("jointDepartments").get(0).path("name").asText())
                .isEqualTo("济南市市场监督管理局");
        assertThat(guide.path("department").path("name").asText()).isEqualTo("历下区市场监督管理局");
        assertThat(guide.path("nationalCodes").path("implementationCode").asText())
                .hasSize(31);
        assertThat(guide.path("consultation").path("other").asText()).isEqualTo("历下区政务服务中心一楼咨询台");
        assertThat(guide.path("complaint").path("phone").asText()).isEqualTo("12345");
        assertThat(guide.path("intermediaries").get(0).path("statutory").asBoolean())
                .isTrue();
        assertThat(guide.path("intermediaries").get(1).path("legalBasis").isNull())
                .isTrue();
        assertThat(guide.path("steps").get(1).path("limit").path("text").asText())
                .isEqualTo("1 个工作日");
        assertThat(guide.path("steps").get(0).path("limit").isNull()).isTrue();
    }

    @Test
    void whenTheDepartmentHoldsThePowerTheApiNamesItAsTheImplementingBody() throws IOException {
        JsonNode guide = json(get("/370102-SJJ-XK-001"));

        assertThat(guide.path("authority").path("body").asText()).isEqualTo("历下区市场监督管理局");
        assertThat(guide.path("authority").path("handlingDepartmentIsBody").asBoolean())
                .isTrue();
        assertThat(guide.path("authority").path("powerSource").asText()).isEqualTo("法定本级");
        assertThat(guide.path("consultation").path("phone").asText()).isEqualTo("0531-86000001");
        assertThat(guide.path("complaint").path("other").asText()).isEqualTo("12345 政务服务便民热线");
        assertThat(guide.has("phone")).isFalse();
        assertThat(guide.has("complaintChannel")).isFalse();
    }
}
