package org.tongban.search.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchResult;

/**
 * Results of recent queries, so that a burst of citizens searching the same words (a news item, a deadline) costs one
 * search: kept for a few seconds, and dropped as soon as the index changes on this node ({@link #indexChanged}), so a
 * published or withdrawn guide shows in the next search as before. A result computed while the index was being written
 * is not kept, and citizens asking while a query runs wait for its result rather than searching too. Beyond {@code
 * capacity} queries new results are not kept, so a script walking through queries cannot fill the heap.
 */
final class ResultCache {

    private record Kept(CompletableFuture<SearchResult> result, Object synonyms, long generation, long at) {
        SearchResult await() {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    private record Key(SearchQuery query, String folded) {}

    private final Map<Key, Kept> results = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long keepNanos;
    private final int capacity;
    private final LongSupplier nanoTime;

    /**
     * @param keepSeconds how long a result is reused; 0 turns the cache off
     * @param capacity how many queries are kept at most
     */
    ResultCache(int keepSeconds, int capacity) {
        this(keepSeconds, capacity, System::nanoTime);
    }

    ResultCache(int keepSeconds, int capacity, LongSupplier nanoTime) {
        this.keepNanos = Math.max(0, keepSeconds) * 1_000_000_000L;
        this.capacity = Math.max(0, capacity);
        this.nanoTime = nanoTime;
    }

    /**
     * The kept result of this query under these synonyms, else {@code search}'s, kept when the index did not change
     * meanwhile.
     *
     * @param folded the query's folded text (queries that differ only in case or width share a result)
     * @param synonyms the synonym set the query is expanded with; a new set makes older results stale
     */
    SearchResult get(SearchQuery query, String folded, Object synonyms, Supplier<SearchResult> search) {
        if (keepNanos == 0 || capacity == 0) {
            return search.get();
        }
        Key key = new Key(normalized(query), folded);
        long now = nanoTime.getAsLong();
        long current = generation.get();
        Kept kept = results.get(key);
        if (fresh(kept, synonyms, current, now)) {
            return kept.await();
        }
        // One search per query: who comes while it runs waits for its result instead of searching too.
        Kept mine = new Kept(new CompletableFuture<>(), synonyms, current, now);
        Kept other = claim(key, kept, mine, now);
        if (other != null && fresh(other, synonyms, current, now)) {
            return other.await();
        }
        SearchResult result;
        try {
            result = search.get();
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            results.remove(key, mine);
            throw e;
        }
        mine.result().complete(result);
        if (generation.get() != current) {
            results.remove(key, mine);
        }
        return result;
    }

    // Puts mine in place of the stale one; answers the entry someone else put there first, if any.
    private Kept claim(Key key, Kept stale, Kept mine, long now) {
        if (stale == null) {
            if (results.size() >= capacity) {
                results.values().removeIf(k -> now - k.at() >= keepNanos || k.generation() != generation.get());
            }
            if (results.size() >= capacity) {
                return null;
            }
            return results.putIfAbsent(key, mine);
        }
        return results.replace(key, stale, mine) ? null : results.get(key);
    }

    private boolean fresh(Kept kept, Object synonyms, long current, long now) {
        return kept != null
                && kept.generation() == current
                && kept.synonyms() == synonyms
                && now - kept.at() < keepNanos
                && !kept.result().isCompletedExceptionally();
    }

    /** The index changed: no result computed before now is reused. */
    void indexChanged() {
        generation.incrementAndGet();
        results.clear();
    }

    int size() {
        return results.size();
    }

    // The text is part of the key already folded: the query's own text only differs by case, width or blanks.
    private static SearchQuery normalized(SearchQuery query) {
        return new SearchQuery(
                "",
                query.jurisdictions(),
                query.department(),
                query.audience(),
                query.lifeEvent(),
                query.promisedLimit(),
                query.matterType(),
                query.crossRegionMode(),
                query.page(),
                query.size());
    }
}
