package org.tongban.search.internal;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tongban.search.SearchDocument;

/** A backend that counts the searches it runs. */
final class CountingBackend implements SearchBackend {
    private final SearchBackend backend;
    private final AtomicInteger searches;

    CountingBackend(SearchBackend backend, AtomicInteger searches) {
        this.backend = backend;
        this.searches = searches;
    }

    @Override
    public String name() {
        return backend.name();
    }

    @Override
    public void write(List<IndexedDocument> upserts, Collection<String> deletions) {
        backend.write(upserts, deletions);
    }

    @Override
    public Page search(QueryPlan plan, int from, int size) {
        searches.incrementAndGet();
        return backend.search(plan, from, size);
    }

    @Override
    public List<SearchDocument> prefix(String prefix, int limit) {
        return backend.prefix(prefix, limit);
    }

    @Override
    public long count() {
        return backend.count();
    }

    @Override
    public String format() {
        return backend.format();
    }

    @Override
    public Generation newGeneration() {
        return backend.newGeneration();
    }

    @Override
    public void close() {
        backend.close();
    }
}
