package org.tongban.search.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The Elasticsearch node the tests use ({@code tongban.es.url}, started by {@code .ci/elasticsearch}). Tests are
 * skipped with the reason when it does not answer, unless {@code tongban.es.required} is {@code true}: then they fail.
 */
final class ElasticNode {
    static final String URL = System.getProperty("tongban.es.url", "http://127.0.0.1:9200");
    private static final String UNREACHABLE = probe();

    private ElasticNode() {}

    /** Skips the calling test when the node is not there and not required. */
    static String url() {
        assumeTrue(UNREACHABLE == null, UNREACHABLE);
        return URL;
    }

    private static String probe() {
        String failure;
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(3))
                    .build();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(URL + "/_cluster/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return null;
            }
            failure = "HTTP " + response.statusCode();
        } catch (Exception e) {
            failure = e.toString();
        }
        String message =
                "Elasticsearch not reachable at " + URL + " (" + failure + "); start it with .ci/elasticsearch";
        if (Boolean.getBoolean("tongban.es.required")) {
            throw new IllegalStateException(message);
        }
        return message + "; skipped";
    }
}
