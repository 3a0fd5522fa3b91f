package org.tongban.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.host.web.api.ApiRoutes;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;

class ApiServletTest {

    private static ApiRoutes.Entry route(String method, String openApi, int ranking, long id, String... paths) {
        ApiRoute route = new ApiRoute() {
            @Override
            public ApiResponse handle(org.tongban.platform.api.web.ApiRequest request) {
                return ApiResponse.noContent();
            }

            @Override
            public String openApi() {
                return openApi;
            }
        };
        return ApiRoutes.Entry.of(
                route,
                Map.of(ApiRoute.METHOD, method, ApiRoute.PATH, paths, "service.ranking", ranking, "service.id", id));
    }

    @Test
    void aLiteralSegmentBeatsAParameterAndParametersAreHandedOver() {
        ApiRoutes.Entry one = route("GET", "{}", 0, 1, "v1/matters/{code}");
        ApiRoutes.Entry export = route("GET", "{}", 0, 2, "v1/matters/export");
        ApiRoutes.Entry list = route("GET", "{}", 0, 3, "v1/matters", "v1/matters/{code}/notice.pdf");
        List<ApiRoutes.Entry> all = List.of(one, export, list);

        assertThat(ApiRoutes.match(all, "GET", "v1/matters/370100-SJJ-XK-001")).hasValueSatisfying(m -> {
            assertThat(m.entry()).isSameAs(one);
            assertThat(m.parameters()).containsEntry("code", "370100-SJJ-XK-001");
        });
        assertThat(ApiRoutes.match(all, "GET", "v1/matters/export"))
                .hasValueSatisfying(m -> assertThat(m.entry()).isSameAs(export));
        assertThat(ApiRoutes.match(all, "GET", "v1/matters/370100-SJJ-XK-001/notice.pdf"))
                .hasValueSatisfying(m -> assertThat(m.pattern()).isEqualTo("v1/matters/{code}/notice.pdf"));
        assertThat(ApiRoutes.match(all, "GET", "/v1/matters/"))
                .hasValueSatisfying(m -> assertThat(m.entry()).isSameAs(list));
        assertThat(ApiRoutes.match(all, "GET", "v1/mattersX")).isEmpty();
        assertThat(ApiRoutes.match(all, "POST", "v1/matters")).isEmpty();
        assertThat(ApiRoutes.methods(all, "v1/matters")).containsExactly("GET");
    }

    @Test
    void theHigherRankingShadowsAndTheOlderServiceWinsATie() {
        ApiRoutes.Entry older = route("POST", "{}", 0, 5, "v1/notices");
        ApiRoutes.Entry newer = route("POST", "{}", 0, 9, "v1/notices");
        ApiRoutes.Entry ranked = route("POST", "{}", 10, 12, "v1/notices");

        assertThat(ApiRoutes.match(List.of(newer, older), "POST", "v1/notices"))
                .hasValueSatisfying(m -> assertThat(m.entry()).isSameAs(older));
        assertThat(ApiRoutes.match(List.of(newer, older, ranked), "POST", "v1/notices"))
                .hasValueSatisfying(m -> assertThat(m.entry()).isSameAs(ranked));
    }

    @Test
    void openApiMergesThePathsAndMethodsOfAllRoutesAndSkipsInvalidOnes() {
        var doc = ApiServlet.openApi(List.of(
                route(
                        "GET",
                        "{\"paths\":{\"/v1/notices\":{\"get\":{}}},\"components\":{\"schemas\":{\"Notice\":{}}}}",
                        0,
                        1,
                        "v1/notices"),
                route("POST", "{\"paths\":{\"/v1/notices\":{\"post\":{}}}}", 0, 2, "v1/notices"),
                route("GET", "not json", 0, 3, "v1/broken")));

        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.path("paths").path("/v1/notices").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("get", "post");
        assertThat(doc.path("components").path("schemas").has("Notice")).isTrue();
        assertThat(doc.path("components")
                        .path("securitySchemes")
                        .path("token")
                        .path("scheme")
                        .asText())
                .isEqualTo("bearer");
    }
}
