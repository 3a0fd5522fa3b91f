package org.tongban.search.analytics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.search.analytics.QueryStatistic;
import org.tongban.search.analytics.SearchAnalytics;

/**
 * The analytics service with its background thread: writes the queue every second and deletes what is past the
 * retention every night at 03:00. Its recording figures (kept, dropped and why) are health. A changed configuration restarts it; the queue is written before it stops.
 */
@Component(
        service = {SearchAnalytics.class, HealthContributor.class},
        configurationPid = AnalyticsConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AnalyticsConfig.class)
public final class SearchAnalyticsComponent implements SearchAnalytics, HealthContributor {
    private static final Logger LOG = LoggerFactory.getLogger(SearchAnalyticsComponent.class);
    private static final LocalTime PURGE_AT = LocalTime.of(3, 0);

    private final JdbcSearchAnalytics analytics;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("tongban-search-analytics").unstarted(r));

    @Activate
    public SearchAnalyticsComponent(
            BundleContext context,
            AnalyticsConfig config,
            @Reference Database database,
            @Reference AccessControl accessControl) {
        String root = context.getProperty(PlatformProperties.ROOT_JURISDICTION);
        this.analytics = new JdbcSearchAnalytics(
                database,
                accessControl,
                root == null || root.isBlank() ? null : root.strip(),
                Clock.systemUTC(),
                new RecordingBudget(
                        new RateLimit(config.maxRecordsPerSecond(), System::nanoTime),
                        config.maxRecordsPerHour(),
                        Clock.systemUTC()),
                Math.max(1, config.queueCapacity()));
        background.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
        int retentionDays = config.retentionDays();
        background.scheduleAtFixedRate(
                () -> purge(retentionDays), untilNextPurge().toSeconds(), TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
    }

    // A task that throws is never run again by the executor, so nothing may escape.
    private void flush() {
        try {
            analytics.flush();
        } catch (RuntimeException e) {
            LOG.warn("Search analytics: writing the queue failed", e);
        }
    }

    private void purge(int retentionDays) {
        try {
            analytics.purge(retentionDays);
        } catch (RuntimeException e) {
            LOG.warn("Search analytics: the retention purge failed", e);
        }
    }

    private static Duration untilNextPurge() {
        ZonedDateTime now = ZonedDateTime.now(JdbcSearchAnalytics.ZONE);
        ZonedDateTime next = now.with(PURGE_AT);
        return Duration.between(now, next.isAfter(now) ? next : next.plusDays(1));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        flush();
    }

    /** What this node recorded this hour and dropped since it started, and whether the hourly cap is reached. */
    @Override
    public List<ComponentHealth> health() {
        return List.of(analytics.health());
    }

    @Override
    public long recordSearch(String text, long hits, String channel) {
        return analytics.recordSearch(text, hits, channel);
    }

    @Override
    public void recordClick(long searchId, String documentId) {
        analytics.recordClick(searchId, documentId);
    }

    @Override
    public List<QueryStatistic> topQueries(LocalDate from, LocalDate to, int limit) {
        return analytics.topQueries(from, to, limit);
    }

    @Override
    public List<QueryStatistic> zeroResultQueries(LocalDate from, LocalDate to, int limit) {
        return analytics.zeroResultQueries(from, to, limit);
    }

    @Override
    public List<QueryStatistic> noClickQueries(LocalDate from, LocalDate to, int limit) {
        return analytics.noClickQueries(from, to, limit);
    }
}
