package org.tongban.catalogue.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.GuideViews;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.persistence.Database;

/** {@link GuideViews} with its background writer; what waits is written before it stops. */
@Component(service = GuideViews.class)
public final class GuideViewsComponent implements GuideViews {
    private static final Logger LOG = LoggerFactory.getLogger(GuideViewsComponent.class);

    private final GuideViewCounts counts;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("tongban-guide-views").unstarted(r));

    @Activate
    public GuideViewsComponent(@Reference Database database, @Reference DomainEvents events) {
        this.counts = new GuideViewCounts(database, events, Clock.systemUTC());
        background.scheduleWithFixedDelay(this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    // A task that throws is never run again by the executor, so nothing may escape.
    private void flush() {
        try {
            counts.flush();
        } catch (RuntimeException e) {
            LOG.warn("Guide views: writing the counts failed", e);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        flush();
    }

    @Override
    public void recordView(String matterCode) {
        counts.record(matterCode);
    }

    @Override
    public List<String> mostViewed(int limit) {
        return counts.mostViewed(limit);
    }
}
