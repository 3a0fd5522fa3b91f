package org.tongban.search.internal;

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

    @Override
    SearchBackend newBackend() {
        String alias = "tb-test-" + UUID.randomUUID().toString().substring(0, 8);
        backend = new ElasticBackend(new ElasticSettings(Elastic.url(), alias, "standard", 0));
        return backend;
    }

    // Runs before the contract closes the client.
    @AfterEach
    void dropIndices() {
        if (backend != null) {
            backend.dropIndices();
        }
    }
}
