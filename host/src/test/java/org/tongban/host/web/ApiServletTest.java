package org.tongban.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.web.ApiEndpoint;

class ApiServletTest {

    private static ApiEndpoint endpoint(String path, String openApi) {
        return new ApiEndpoint() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public void get(String subPath, HttpServletRequest request, HttpServletResponse response) {}

            @Override
            public String openApi() {
                return openApi;
            }
        };
    }

    @Test
    void requestsGoToTheLongestMatchingPathOnSegmentBoundaries() {
        ApiEndpoint matters = endpoint("v1/matters", "{}");
        ApiEndpoint search = endpoint("v1/search", "{}");
        ApiEndpoint mattersExport = endpoint("v1/matters/export", "{}");
        List<ApiEndpoint> all = List.of(matters, search, mattersExport);

        assertThat(ApiServlet.match(all, "/v1/matters")).contains(matters);
        assertThat(ApiServlet.match(all, "/v1/matters/370100-SJJ-XK-001")).contains(matters);
        assertThat(ApiServlet.match(all, "/v1/matters/export/all")).contains(mattersExport);
        assertThat(ApiServlet.match(all, "/v1/mattersX")).isEmpty();
        assertThat(ApiServlet.match(all, "/v2/matters")).isEmpty();
    }

    @Test
    void openApiMergesThePathsAndSchemasOfAllEndpointsAndSkipsInvalidOnes() {
        var doc = ApiServlet.openApi(List.of(
                endpoint(
                        "v1/matters",
                        "{\"paths\":{\"/v1/matters\":{\"get\":{}}},\"components\":{\"schemas\":{\"Matter\":{}}}}"),
                endpoint("v1/search", "{\"paths\":{\"/v1/search\":{\"get\":{}}}}"),
                endpoint("v1/broken", "not json")));

        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("paths").fieldNames()).toIterable().containsExactlyInAnyOrder("/v1/matters", "/v1/search");
        assertThat(doc.path("components").path("schemas").has("Matter")).isTrue();
    }
}
