package org.tongban.search.catalogue.internal;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchResult;
import org.tongban.search.SearchStatus;
import org.tongban.search.SearchUnavailableException;

/** The real search, with a switch to make writes fail and a gate to hold a reindex while it is running. */
final class ControllableSearch implements GuideSearch {
    private final GuideSearch search;
    volatile boolean failing;
    volatile CountDownLatch reindexStarted = new CountDownLatch(0);
    volatile CountDownLatch reindexGate = new CountDownLatch(0);

    ControllableSearch(GuideSearch search) {
        this.search = search;
    }

    /** The next reindex waits, once started, until {@link #releaseReindex()}. */
    void holdReindex() {
        reindexStarted = new CountDownLatch(1);
        reindexGate = new CountDownLatch(1);
    }

    void awaitReindexStarted() throws InterruptedException {
        if (!reindexStarted.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("no reindex started");
        }
    }

    void releaseReindex() {
        reindexGate.countDown();
    }

    private void checkUp() {
        if (failing) {
            throw new SearchUnavailableException("搜索服务不可用：连接被拒绝", null);
        }
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        checkUp();
        search.index(documents);
    }

    @Override
    public void delete(Collection<String> ids) {
        checkUp();
        search.delete(ids);
    }

    @Override
    public SearchResult query(SearchQuery query) {
        return search.query(query);
    }

    @Override
    public List<String> suggest(String prefix) {
        return search.suggest(prefix);
    }

    @Override
    public void reindex(Collection<SearchDocument> documents) {
        checkUp();
        reindexStarted.countDown();
        try {
            if (!reindexGate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("reindex gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        search.reindex(documents);
    }

    @Override
    public SearchStatus status() {
        return search.status();
    }
}
