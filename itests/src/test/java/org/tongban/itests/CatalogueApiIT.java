package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.TongbanInstance;

/** The public catalogue API of the launched Jinan distribution, with its demo catalogue, over HTTP. */
class CatalogueApiIT {

    private static TongbanInstance jinan;

    @BeforeAll
    static void start() throws Exception {
        jinan = TongbanInstance.sharedDemo("jinan");
    }

    @AfterAll
    static void stop() throws Exception {
        jinan.close();
    }

    @Test
    void aDistrictListIncludesCityWideMattersAndIsPaged() throws Exception {
        HttpResponse<String> page = jinan.get("/api/v1/matters?jurisdiction=370102&page=0&size=5");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(page.body()).contains("\"total\"").contains("\"items\"");
        assertThat(page.body().split("\"code\"", -1)).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void oneGuideHasItsMaterialsAndFaqs() throws Exception {
        HttpResponse<String> guide = jinan.get("/api/v1/matters/370100-XSP-XK-004");
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.body()).contains("食品经营许可（新办）").contains("materials");
    }

    @Test
    void aLandDisputeIsDecidedByTheGovernmentAndHandledByItsBureau() throws Exception {
        HttpResponse<String> response = jinan.get("/api/v1/matters/370100-ZRZY-CJ-001");
        assertThat(response.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode guide =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());

        assertThat(guide.path("authority").path("body").asText()).startsWith("济南市人民政府");
        assertThat(guide.path("authority").path("creditCode").asText()).hasSize(18);
        assertThat(guide.path("authority").path("powerSource").asText()).isEqualTo("法定本级");
        assertThat(guide.path("department").path("name").asText()).isEqualTo("济南市自然资源和规划局");
        assertThat(guide.path("nationalCodes").path("implementationCode").asText())
                .startsWith(guide.path("authority").path("creditCode").asText())
                .endsWith(guide.path("nationalCodes").path("baseCode").asText());
        assertThat(guide.path("complaint").path("phone").asText()).isEqualTo("12345");

        com.fasterxml.jackson.databind.JsonNode eia = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(jinan.get("/api/v1/matters/370100-XSP-XK-015").body());
        assertThat(eia.path("intermediaries").get(0).path("name").asText()).isEqualTo("环境影响评价报告表编制");
        assertThat(eia.path("intermediaries").get(0).path("statutory").asBoolean())
                .isFalse();
        assertThat(eia.path("steps").get(1).path("limit").path("text").asText()).isEqualTo("1 个工作日");
    }

    @Test
    void badParametersGetA400WithAChineseMessageAndUnknownCodesA404() throws Exception {
        assertThat(jinan.get("/api/v1/matters?page=-1").statusCode()).isEqualTo(400);
        assertThat(jinan.get("/api/v1/matters?size=100000").statusCode()).isEqualTo(400);
        HttpResponse<String> script = jinan.get("/api/v1/matters/%3Cscript%3E");
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(script.body()).doesNotContain("<script>");
        HttpResponse<String> unknown = jinan.get("/api/v1/matters/370100-NO-SUCH-1");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).containsPattern("[\\u4e00-\\u9fa5]");
    }

    @Test
    void theOpenApiDescriptionListsTheCatalogueEndpoints() throws Exception {
        assertThat(jinan.get("/api/openapi.json").body())
                .contains("/v1/matters")
                .contains("/v1/matters/{code}");
    }
}
