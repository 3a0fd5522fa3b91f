package org.tongban.host.web.portal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered public pages of this node, by URL and visitor choices, until a domain event of one of their page's topics
 * arrives ({@link #evict}); pages without topics are never kept. Beyond {@code capacity} entries new pages are
 * rendered for each request rather than kept, so a crawler walking every search query cannot fill the heap.
 */
final class PageCache {

    /**
     * One rendered page.
     *
     * @param body the HTML
     * @param etag the entity tag, quoted
     * @param lastModified the published version's time, or {@code null}
     * @param entry the page service that rendered it
     */
    record Rendered(byte[] body, String etag, Instant lastModified, PageRoutes.Entry entry) {}

    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();
    private final int capacity;

    PageCache(int capacity) {
        this.capacity = capacity;
    }

    Optional<Rendered> get(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    void put(String key, Rendered page) {
        if (!page.entry().topics().isEmpty() && pages.size() < capacity) {
            pages.put(key, page);
        }
    }

    /** Drops every page made stale by an event of {@code topic}. */
    void evict(String topic) {
        pages.values().removeIf(page -> page.entry().staleAfter(topic));
    }

    /** Drops the pages of a page service that left. */
    void evict(PageRoutes.Entry entry) {
        evictService(entry.serviceId());
    }

    /** Drops the pages rendered by the service with this id. */
    void evictService(long serviceId) {
        pages.values().removeIf(page -> page.entry().serviceId() == serviceId);
    }

    int size() {
        return pages.size();
    }
}
