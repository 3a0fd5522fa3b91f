package org.tongban.catalogue.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ui.fixtures.InMemoryCatalogue;
import org.tongban.testing.TestJurisdictions;

/** The guide-view and checklist routes describe themselves in {@code /api/openapi.json} like every other route. */
class OpenApiOfSmallRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theChecklistDescribesItsPathTheCodeAndThePdfAnswer() throws IOException {
        JsonNode get = JSON.readTree(
                        new LifeEventChecklistEndpoint(InMemoryCatalogue.withSamples(new TestJurisdictions()))
                                .openApi())
                .path("paths")
                .path("/" + LifeEventChecklistEndpoint.PATH)
                .path("get");

        assertThat(get.path("parameters").findValuesAsText("name")).containsExactly("code");
        assertThat(get.path("responses").path("200").path("content").has("application/pdf"))
                .isTrue();
        assertThat(get.path("responses").has("404")).isTrue();
    }

    @Test
    void theGuideViewIsAPostAnsweredWith204() throws IOException {
        JsonNode route = JSON.readTree(new GuideViewsEndpoint(null).openApi())
                .path("paths")
                .path("/" + GuideViewsEndpoint.PATH);

        assertThat(route.has("post")).isTrue();
        assertThat(route.path("post").path("responses").has("204")).isTrue();
    }
}
