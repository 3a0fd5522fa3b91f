package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tongban.search.internal.elastic.ElasticBackend;
import org.tongban.search.internal.elastic.ElasticSettings;
import org.tongban.testing.Elastic;
import org.tongban.testing.ElasticTest;

/** Relevance on a core-only Elasticsearch node; the thresholds sit just under the measured figures. */
@ElasticTest
class ElasticRelevanceTest {
    static final double MIN_NDCG = 0.94;
    static final double MIN_MRR = 0.95;

    @Test
    void judgedQueriesFindTheirMattersFirst() throws Exception {
        String alias = "tb-relevance-" + UUID.randomUUID().toString().substring(0, 8);
        ElasticBackend backend = new ElasticBackend(new ElasticSettings(Elastic.url(), alias, "standard", 0));
        try (GuideSearchEngine search =
                new GuideSearchEngine(backend, GuideSearchContract.ANALYSIS, SynonymStore::defaults)) {
            try {
                RelevanceHarness.index(search);
                Map<String, RelevanceHarness.Scores> scores = RelevanceHarness.evaluate(search, "elasticsearch");
                assertThat(scores.get("all").queries()).isGreaterThanOrEqualTo(150);
                assertThat(scores.get("all").ndcg()).isGreaterThanOrEqualTo(MIN_NDCG);
                assertThat(scores.get("all").mrr()).isGreaterThanOrEqualTo(MIN_MRR);
                assertThat(scores.get("nomatch").ndcg())
                        .as("queries nothing answers find nothing")
                        .isEqualTo(1.0);
                assertThat(RelevanceHarness.guidesMissingFromTopThree(search))
                        .as("a guide before its FAQs")
                        .isEmpty();
            } finally {
                backend.dropIndices();
            }
        }
    }
}
