package org.tongban.itests.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * The Elasticsearch node at {@code tongban.es.url} (started by {@code .ci/elasticsearch}). Required when {@code
 * tongban.es.required} is true (CI); elsewhere the tests skip with a message when no node answers.
 */
public final class Elastic {

    public static final String URL = System.getProperty("tongban.es.url", "http://127.0.0.1:9200");
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private Elastic() {}

    /** Skips the calling test when the node does not answer and is not required; fails it when required. */
    public static void assumeRunning() {
        String failure;
        try {
            HttpResponse<String> health = send("GET", "/_cluster/health");
            if (health.statusCode() == 200) {
                return;
            }
            failure = "HTTP " + health.statusCode();
        } catch (Exception e) {
            failure = e.toString();
        }
        String message =
                "Elasticsearch not reachable at " + URL + " (" + failure + "); start it with .ci/elasticsearch";
        if (Boolean.getBoolean("tongban.es.required")) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message + "; skipped");
    }

    /** Deletes the indices whose names start with {@code prefix}, for example a test's own alias. */
    public static void deleteIndices(String prefix) throws Exception {
        send("DELETE", "/" + prefix + "*?expand_wildcards=all");
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(URL + path))
                        .timeout(Duration.ofSeconds(10))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
