package org.tongban.host.web.portal;

import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.events.EventHandler;

/**
 * Drops the rendered pages an event makes stale, on every node (a node-scoped handler of every topic): a guide
 * published or withdrawn on one node shows at once on all of them.
 */
final class PageCacheInvalidation implements DomainEventHandler {

    static final String NAME = "portal-page-cache";

    private final PageCache cache;

    private PageCacheInvalidation(PageCache cache) {
        this.cache = cache;
    }

    static ServiceRegistration<DomainEventHandler> register(BundleContext context, PageCache cache) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(DomainEventHandler.TOPICS, new String[] {"*"});
        properties.put(DomainEventHandler.NAME, NAME);
        properties.put(DomainEventHandler.SCOPE, EventHandler.NODE);
        return context.registerService(DomainEventHandler.class, new PageCacheInvalidation(cache), properties);
    }

    @Override
    public void handle(DomainEvent event) {
        cache.evict(event.topic());
    }
}
