package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.SearchApiIT.SearchChecks;
import org.tongban.itests.support.Elastic;
import org.tongban.itests.support.TongbanInstance;

/**
 * Jinan configured for Elasticsearch as a city that outgrew one machine would run it: the index is built on the node
 * at start and answers the same citizens' queries as the embedded default.
 */
class SearchElasticIT {

    private static final String ALIAS =
            "tongban-it-" + UUID.randomUUID().toString().substring(0, 8);
    private static TongbanInstance jinan;

    @BeforeAll
    static void start() throws Exception {
        Elastic.assumeRunning();
        jinan = TongbanInstance.of("jinan")
                .demo()
                .configure(
                        "org.tongban.search",
                        Map.of(
                                "backend",
                                "elasticsearch",
                                "elasticsearch.url",
                                Elastic.URL,
                                "elasticsearch.index",
                                ALIAS))
                .start();
        SearchChecks.awaitIndexed(jinan);
    }

    @AfterAll
    static void stop() throws Exception {
        if (jinan != null) {
            jinan.close();
            Elastic.deleteIndices(ALIAS);
        }
    }

    @Test
    void theNodeAnswersCitizensQueriesLikeTheEmbeddedIndex() throws Exception {
        assertThat(SearchChecks.firstHit(jinan, "身份证丢了", "370102")).contains("370100-GAJ-QR-002");
        assertThat(SearchChecks.firstHit(jinan, "yyzz", "370102")).containsAnyOf("XSP-XK-001", "XSP-XK-004");
        assertThat(SearchChecks.firstHit(jinan, "開飯店", "370102"))
                .containsAnyOf("XSP-XK-004", "XSP-XK-006", "XSP-XK-009");
    }

    @Test
    void healthNamesTheElasticsearchBackend() throws Exception {
        HttpResponse<String> health = jinan.get("/health");
        assertThat(health.body()).contains("search:elasticsearch");
    }
}
