package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.search.internal.lucene.LuceneBackend;

/** Relevance of the embedded index on the demo catalogue; the thresholds sit just under the measured figures. */
class LuceneRelevanceTest {
    static final double MIN_NDCG = 0.94;
    static final double MIN_MRR = 0.95;

    @TempDir
    Path folder;

    @Test
    void judgedQueriesFindTheirMattersFirst() throws Exception {
        try (GuideSearchEngine search = new GuideSearchEngine(
                new LuceneBackend(folder), GuideSearchContract.ANALYSIS, SynonymStore::defaults)) {
            RelevanceHarness.index(search);
            Map<String, RelevanceHarness.Scores> scores = RelevanceHarness.evaluate(search, "lucene");
            assertThat(scores.get("all").queries()).isGreaterThanOrEqualTo(150);
            assertThat(scores.get("all").ndcg()).isGreaterThanOrEqualTo(MIN_NDCG);
            assertThat(scores.get("all").mrr()).isGreaterThanOrEqualTo(MIN_MRR);
            assertThat(scores.get("nomatch").ndcg())
                    .as("queries nothing answers find nothing")
                    .isEqualTo(1.0);
            assertThat(RelevanceHarness.guidesMissingFromTopThree(search))
                    .as("a guide before its FAQs")
                    .isEmpty();
        }
    }
}
