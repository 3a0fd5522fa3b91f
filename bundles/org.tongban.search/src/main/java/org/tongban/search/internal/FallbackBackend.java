package org.tongban.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchUnavailableException;

/**
 * Elasticsearch with the embedded index as a stand-in: both are written; queries go to the primary and, while it
 * cannot answer, to the fallback. Changes the primary missed are kept and sent when it answers again, so it recovers
 * by itself.
 */
public final class FallbackBackend implements SearchBackend {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackBackend.class);

    private final SearchBackend primary;
    private final SearchBackend fallback;
    private final Map<String, IndexedDocument> missed = new LinkedHashMap<>();
    private volatile boolean degraded;

    public FallbackBackend(SearchBackend primary, SearchBackend fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public String name() {
        return primary.name();
    }

    public boolean degraded() {
        return degraded;
    }

    @Override
    public synchronized void write(List<IndexedDocument> upserts, Collection<String> deletions) {
        fallback.write(upserts, deletions);
        upserts.forEach(d -> missed.put(d.source().id(), d));
        deletions.forEach(id -> missed.put(id, null));
        catchUp();
    }

    // Sends what the primary has not got yet; keeps it for the next attempt when the primary is still down.
    private synchronized void catchUp() {
        if (missed.isEmpty()) {
            return;
        }
        List<IndexedDocument> upserts = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        missed.forEach((id, doc) -> {
            if (doc == null) {
                deletions.add(id);
            } else {
                upserts.add(doc);
            }
        });
        try {
            primary.write(upserts, deletions);
            missed.clear();
        } catch (SearchUnavailableException e) {
            degraded = true;
            LOG.warn("Search backend {} unavailable, {} changes kept for later", primary.name(), missed.size());
        }
    }

    @Override
    public Page search(QueryPlan plan, int from, int size) {
        return read(() -> primary.search(plan, from, size), () -> fallback.search(plan, from, size));
    }

    @Override
    public List<SearchDocument> prefix(String prefix, int limit) {
        return read(() -> primary.prefix(prefix, limit), () -> fallback.prefix(prefix, limit));
    }

    @Override
    public long count() {
        return read(primary::count, fallback::count);
    }

    // The primary's format: the fallback is rebuilt with it, and a stale primary is the one that needs the rebuild.
    @Override
    public String format() {
        return read(primary::format, fallback::format);
    }

    private <T> T read(java.util.function.Supplier<T> first, java.util.function.Supplier<T> second) {
        try {
            T result = first.get();
            if (degraded) {
                catchUp();
                degraded = !missed.isEmpty();
            }
            return result;
        } catch (SearchUnavailableException e) {
            degraded = true;
            return second.get();
        }
    }

    @Override
    public Generation newGeneration() {
        Generation a = primary.newGeneration();
        Generation b = fallback.newGeneration();
        return new Generation() {
            @Override
            public void write(List<IndexedDocument> upserts, Collection<String> deletions) {
                a.write(upserts, deletions);
                b.write(upserts, deletions);
            }

            @Override
            public void activate() {
                a.activate();
                b.activate();
            }

            @Override
            public void abandon() {
                a.abandon();
                b.abandon();
            }
        };
    }

    @Override
    public void close() {
        try {
            primary.close();
        } finally {
            fallback.close();
        }
    }
}
