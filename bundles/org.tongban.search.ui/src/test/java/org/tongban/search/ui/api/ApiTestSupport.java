package org.tongban.search.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.search.internal.GuideSearchEngine;
import org.tongban.search.ui.fixtures.GuideIndex;
import org.tongban.search.ui.fixtures.SwitchableSearch;
import org.tongban.testing.ApiCalls;

/** Routes answer as the host calls them, over the real Lucene search engine holding the sample guides. */
abstract class ApiTestSupport {
    static final ObjectMapper JSON = new ObjectMapper();
    GuideSearchEngine engine;
    SwitchableSearch search;

    @TempDir
    Path folder;

    @BeforeEach
    void index() {
        engine = GuideIndex.open(folder);
        search = new SwitchableSearch(engine);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    abstract ApiRoute endpoint();

    abstract String path();

    ApiCalls.Reply get(String subPath, String... parameters) {
        return ApiCalls.get(endpoint(), new String[] {path()}, path() + subPath, parameters);
    }

    static JsonNode json(ApiCalls.Reply response) throws IOException {
        assertThat(response.contentType()).isEqualTo("application/json;charset=UTF-8");
        return JSON.readTree(response.text());
    }

    static void assertError(ApiCalls.Reply response, int status, String message) throws IOException {
        assertThat(response.status()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").asText()).isEqualTo(message);
    }
}
