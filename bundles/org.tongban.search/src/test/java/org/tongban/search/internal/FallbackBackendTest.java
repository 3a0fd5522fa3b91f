package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchStatus;
import org.tongban.search.SearchUnavailableException;
import org.tongban.search.internal.elastic.ElasticBackend;
import org.tongban.search.internal.elastic.ElasticSettings;
import org.tongban.search.internal.lucene.LuceneBackend;

/** With Elasticsearch down: a clear error without fallback, answers from the embedded index with it. */
class FallbackBackendTest {
    // Nothing listens on port 1 of the loopback address: connections are refused at once.
    private static final ElasticSettings DOWN = new ElasticSettings("http://127.0.0.1:1", "tb-down", "standard", 0);

    @TempDir
    Path folder;

    @Test
    void withoutFallbackADownNodeGivesAChineseMessageAndHealthDown() {
        try (GuideSearchEngine search =
                new GuideSearchEngine(new ElasticBackend(DOWN), GuideSearchContract.ANALYSIS, SynonymStore::defaults)) {
            assertThatThrownBy(() -> search.query(SearchQuery.of("营业执照")))
                    .isInstanceOf(SearchUnavailableException.class)
                    .hasMessage("搜索服务暂时不可用，请稍后再试");
            assertThat(search.status().state()).isEqualTo(SearchStatus.State.DOWN);
        }
    }

    @Test
    void withFallbackTheEmbeddedIndexAnswersAndHealthIsDegraded() {
        FallbackBackend backend = new FallbackBackend(new ElasticBackend(DOWN), new LuceneBackend(folder));
        try (GuideSearchEngine search =
                new GuideSearchEngine(backend, GuideSearchContract.ANALYSIS, SynonymStore::defaults)) {
            search.index(TestDocuments.ALL);
            assertThat(GuideSearchContract.codes(search.query(SearchQuery.of("营业执照"))))
                    .first()
                    .isEqualTo(TestDocuments.LICENCE_CITY.matterCode());
            assertThat(search.status().state()).isEqualTo(SearchStatus.State.DEGRADED);
            assertThat(search.status().detail()).contains("内置索引");
        }
    }
}
