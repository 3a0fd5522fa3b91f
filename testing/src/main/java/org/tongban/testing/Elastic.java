package org.tongban.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The Elasticsearch node of the tests, at {@code tongban.es.url} (default {@code http://127.0.0.1:9200}, started by
 * {@code .ci/elasticsearch}). When it does not answer, a test is skipped with the reason, or fails when
 * {@code tongban.es.required=true}. Probed once per JVM.
 */
public final class Elastic {
    public static final String URL = System.getProperty("tongban.es.url", "http://127.0.0.1:9200");
    static final Requirement REQUIREMENT = new Requirement("Elasticsearch", "tongban.es.required");

    private static volatile String missing;
    private static volatile boolean probed;

    private Elastic() {}

    /** The node's URL, or the calling test is skipped (failed when required). */
    public static String url() {
        String reason = missing();
        if (reason != null) {
            REQUIREMENT.unavailable(reason, null);
        }
        return URL;
    }

    /** Why the node is not there, or {@code null} when it answers. */
    static String missing() {
        if (!probed) {
            synchronized (Elastic.class) {
                if (!probed) {
                    missing = probe();
                    probed = true;
                }
            }
        }
        return missing;
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
        return "not reachable at " + URL + " (" + failure + "); start it with .ci/elasticsearch";
    }
}
