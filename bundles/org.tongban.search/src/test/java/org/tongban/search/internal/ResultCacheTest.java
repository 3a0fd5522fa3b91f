package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.search.internal.TestDocuments.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.search.SearchHit;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchResult;
import org.tongban.search.SearchUnavailableException;
import org.tongban.search.SynonymEntry;
import org.tongban.search.internal.lucene.LuceneBackend;

/** Results reused for a burst of the same search, never once the index or the synonyms changed. */
class ResultCacheTest {
    @TempDir
    Path folder;

    final AtomicReference<List<SynonymEntry>> synonyms = new AtomicReference<>(SynonymStore.defaults());
    final AtomicInteger searches = new AtomicInteger();
    GuideSearchEngine search;

    @BeforeEach
    void open() {
        LuceneBackend lucene = new LuceneBackend(folder.resolve("lucene"));
        SearchBackend counting = new CountingBackend(lucene, searches);
        search = new GuideSearchEngine(
                counting, GuideSearchContract.ANALYSIS, synonyms::get, ScoreGate.OPEN, new ResultCache(60, 100));
        search.index(List.of(LICENCE_CITY, FOOD_LIXIA));
    }

    @AfterEach
    void close() {
        search.close();
    }

    @Test
    void theSameSearchAgainIsAnsweredWithoutSearchingTheIndex() {
        SearchResult first = search.query(query("食品经营许可"));
        SearchResult second = search.query(query(" 食品经营许可 "));

        assertThat(second).isEqualTo(first);
        assertThat(searches).hasValue(1);
        assertThat(search.query(query("营业执照")).hits()).isNotEmpty();
        assertThat(searches).hasValue(2);
    }

    @Test
    void aGuidePublishedOrWithdrawnShowsInTheNextSearch() {
        assertThat(codes(search.query(query("食品经营许可"))))
                .contains(FOOD_LIXIA.matterCode())
                .doesNotContain(FOOD_SHIZHONG.matterCode());

        search.index(List.of(FOOD_SHIZHONG));
        assertThat(codes(search.query(query("食品经营许可")))).contains(FOOD_LIXIA.matterCode(), FOOD_SHIZHONG.matterCode());

        search.delete(List.of(FOOD_LIXIA.id()));
        assertThat(codes(search.query(query("食品经营许可"))))
                .contains(FOOD_SHIZHONG.matterCode())
                .doesNotContain(FOOD_LIXIA.matterCode());

        search.reindex(List.of(LICENCE_CITY));
        assertThat(codes(search.query(query("食品经营许可"))))
                .doesNotContain(FOOD_LIXIA.matterCode(), FOOD_SHIZHONG.matterCode());
        assertThat(searches).hasValue(4);
    }

    @Test
    void otherFiltersOrAnotherPageAreAnotherSearch() {
        search.query(query("食品经营许可"));
        SearchQuery lixia = new SearchQuery("食品经营许可", List.of("370100", "370102"), null, "法人", null, 0, 10);
        search.query(lixia);
        search.query(new SearchQuery("食品经营许可", List.of(), null, null, null, 1, 10));

        assertThat(searches).hasValue(3);
    }

    @Test
    void changedSynonymsAreUsedAtOnce() {
        search.query(query("开饭店"));
        synonyms.set(List.of(new SynonymEntry(List.of("开饭店"), List.of("食品经营许可"))));

        assertThat(codes(search.query(query("开饭店")))).contains(FOOD_LIXIA.matterCode());
        assertThat(searches).hasValue(2);
    }

    @Test
    void resultsAreKeptOnlyForTheirTime() {
        AtomicLong now = new AtomicLong();
        ResultCache cache = new ResultCache(10, 100, now::get);
        AtomicInteger computed = new AtomicInteger();
        Object synonymSet = new Object();
        SearchQuery query = query("营业执照");

        cache.get(query, "营业执照", synonymSet, () -> result(computed));
        now.set(9_999_000_000L);
        cache.get(query, "营业执照", synonymSet, () -> result(computed));
        assertThat(computed).hasValue(1);

        now.set(10_000_000_000L);
        cache.get(query, "营业执照", synonymSet, () -> result(computed));
        assertThat(computed).hasValue(2);
    }

    @Test
    void aResultComputedWhileTheIndexChangedIsNotKept() {
        ResultCache cache = new ResultCache(10, 100);
        AtomicInteger computed = new AtomicInteger();
        Object synonymSet = new Object();
        SearchQuery query = query("营业执照");

        cache.get(query, "营业执照", synonymSet, () -> {
            cache.indexChanged();
            return result(computed);
        });
        cache.get(query, "营业执照", synonymSet, () -> result(computed));

        assertThat(computed).hasValue(2);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void citizensAskingWhileTheQueryRunsWaitForItsResult() throws Exception {
        ResultCache cache = new ResultCache(10, 100);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SearchQuery query = query("营业执照");
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<SearchResult> first = threads.submit(() -> cache.get(query, "营业执照", "", () -> {
                running.countDown();
                await(release);
                return result(computed);
            }));
            running.await();
            List<Future<SearchResult>> others = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                others.add(threads.submit(() -> cache.get(query, "营业执照", "", () -> result(computed))));
            }
            release.countDown();
            for (Future<SearchResult> other : others) {
                assertThat(other.get()).isSameAs(first.get());
            }
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void aFailedSearchIsNotKept() {
        ResultCache cache = new ResultCache(10, 100);
        AtomicInteger computed = new AtomicInteger();
        SearchQuery query = query("营业执照");
        assertThatThrownBy(() -> cache.get(query, "营业执照", "", () -> {
                    throw new SearchUnavailableException("搜索服务不可用", null);
                }))
                .isInstanceOf(SearchUnavailableException.class);

        cache.get(query, "营业执照", "", () -> result(computed));
        assertThat(computed).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFloodOfDifferentQueriesKeepsNoMoreThanTheCapacity() {
        ResultCache cache = new ResultCache(10, 3);
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            cache.get(query("营业执照" + i), "营业执照" + i, "", () -> result(computed));
        }

        assertThat(cache.size()).isEqualTo(3);
        assertThat(computed).hasValue(50);
    }

    @Test
    void noKeepTimeSearchesEveryTime() {
        ResultCache cache = new ResultCache(0, 100);
        AtomicInteger computed = new AtomicInteger();
        cache.get(query("营业执照"), "营业执照", "", () -> result(computed));
        cache.get(query("营业执照"), "营业执照", "", () -> result(computed));

        assertThat(computed).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    private static SearchResult result(AtomicInteger computed) {
        computed.incrementAndGet();
        return new SearchResult(List.of(), List.of(), 0, null);
    }

    private static SearchQuery query(String text) {
        return new SearchQuery(text, List.of(), null, null, null, 0, 10);
    }

    private static List<String> codes(SearchResult result) {
        return result.hits().stream().map(SearchHit::matterCode).toList();
    }
}
