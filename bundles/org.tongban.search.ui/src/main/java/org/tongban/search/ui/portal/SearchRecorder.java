package org.tongban.search.ui.portal;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.search.analytics.SearchAnalytics;

/**
 * Hands searches and clicks to {@link SearchAnalytics} when that service is there. Analytics serve the catalogue
 * staff, never the citizen: a missing or failing service is logged and the search goes on.
 */
public final class SearchRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(SearchRecorder.class);

    private final AtomicReference<SearchAnalytics> analytics = new AtomicReference<>();
    private final String channel;

    /** @param channel where the searches come from, {@code portal} or {@code api} */
    public SearchRecorder(String channel) {
        this.channel = channel;
    }

    /** Uses this service from now on (a dynamic reference's bind). */
    public void bind(SearchAnalytics service) {
        analytics.set(service);
    }

    /** Stops using this service, unless another one has been bound meanwhile (a dynamic reference's unbind). */
    public void unbind(SearchAnalytics service) {
        analytics.compareAndSet(service, null);
    }

    /** Records a search; the id for {@link #click}, or 0 when nothing was recorded. */
    public long search(String text, long hits) {
        SearchAnalytics service = analytics.get();
        if (service == null) {
            return 0;
        }
        try {
            return service.recordSearch(text, hits, channel);
        } catch (RuntimeException e) {
            LOG.warn("Search analytics could not record a {} search: {}", channel, e.toString());
            return 0;
        }
    }

    /** Records that a result of a recorded search was opened. */
    public void click(long searchId, String documentId) {
        SearchAnalytics service = analytics.get();
        if (service == null || searchId <= 0) {
            return;
        }
        try {
            service.recordClick(searchId, documentId);
        } catch (RuntimeException e) {
            LOG.warn("Search analytics could not record a click: {}", e.toString());
        }
    }
}
