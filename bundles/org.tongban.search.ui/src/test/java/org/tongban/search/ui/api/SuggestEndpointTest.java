package org.tongban.search.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.search.ui.fixtures.GuideIndex;
import org.tongban.testing.ApiCalls;

class SuggestEndpointTest extends ApiTestSupport {

    @Override
    String path() {
        return SuggestEndpoint.PATH;
    }

    @Override
    ApiRoute endpoint() {
        return new SuggestEndpoint(search);
    }

    @Test
    void completesChineseAndPinyinAsAJsonList() throws IOException {
        ApiCalls.Reply response = get("", "q", "食品");

        assertThat(response.status()).isEqualTo(200);
        JsonNode list = json(response);
        assertThat(list.isArray()).isTrue();
        assertThat(list.findValuesAsText("")).isEmpty();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).asText()).isEqualTo(GuideIndex.FOOD_LIXIA.title());

        assertThat(json(get("", "q", "yyzz")).toString()).contains(GuideIndex.LICENCE.title());
        assertThat(json(get("", "q", "火星")).isEmpty()).isTrue();
    }

    @Test
    void badInputIsA400AndADownServiceA503() throws IOException {
        assertError(get(""), 400, "请输入要搜索的内容：参数 q 不能为空");
        assertError(get("", "q", "营".repeat(201)), 400, "参数 q 不能超过 200 个字符，收到 201 个");
        assertError(get("", "q", "营\u001b"), 400, "参数 q 含有不可见的控制字符，请删除后再试");
        assertError(get("/x", "q", "营业"), 404, "没有这个接口：/api/v1/suggest/x");

        search.down(true);
        assertError(get("", "q", "营业"), 503, "搜索服务暂时不可用，请稍后再试");
    }

    @Test
    void theOpenApiDescriptionNamesTheParameter() throws IOException {
        JsonNode doc = JSON.readTree(endpoint().openApi());
        assertThat(doc.path("paths")
                        .path("/v1/suggest")
                        .path("get")
                        .path("parameters")
                        .findValuesAsText("name"))
                .containsExactly("q");
        assertThat(doc.path("components").path("schemas").has("SearchError")).isTrue();
    }
}
