package org.tongban.search.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.tongban.search.internal.elastic.ElasticBackend;
import org.tongban.search.internal.elastic.ElasticSettings;
import org.tongban.testing.Elastic;
import org.tongban.testing.ElasticTest;

/** The contract on a real Elasticsearch node with only core analyzers; each test has an alias of its own. */
@ElasticTest
class ElasticGuideSearchTest extends GuideSearchContract {
    private ElasticBackend backend;
    private String alias;

    @Override
    SearchBackend newBackend() {
        alias = "tb-test-" + UUID.randomUUID().toString().substring(0, 8);
        backend = new ElasticBackend(new ElasticSettings(Elastic.url(), alias, "standard", 0));
        return backend;
    }

    @Override
    SearchBackend reopen() {
        backend = new ElasticBackend(new ElasticSettings(Elastic.url(), alias, "standard", 0));
        return backend;
    }

    // Replaces the mapping's _meta, as a release without formats (or an older one) created the index.
    @Override
    void recordFormat(String format) throws Exception {
        String meta = format == null ? "{}" : "{\"tongban_format\": \"" + format + "\"}";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Elastic.url() + "/" + alias + "/_mapping"))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"_meta\": " + meta + "}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("put mapping: " + response.statusCode() + " " + response.body());
        }
    }

    // Runs before the contract closes the client.
    @AfterEach
    void dropIndices() {
        if (backend != null) {
            backend.dropIndices();
        }
    }
}
