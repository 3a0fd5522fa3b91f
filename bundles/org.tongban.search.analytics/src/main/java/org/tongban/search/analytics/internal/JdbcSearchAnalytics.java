package org.tongban.search.analytics.internal;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.search.analytics.QueryStatistic;
import org.tongban.search.analytics.SearchAnalytics;

/**
 * Search analytics on the platform database.
 *
 * <p>Recording runs on the citizen's request, so it only folds the text and puts a record into a bounded queue; a
 * background thread writes the queue in batches ({@link #flush()}). Anyone can record, so limits keep a script from
 * hurting the platform: a rate budget and a cap per hour ({@link RecordingBudget}, records beyond them are dropped,
 * which bounds how fast and how far the tables can grow however fast the database is) and the queue's capacity (which
 * bounds memory while the database is slow or down).
 * Dropped records only make the statistics a little less complete; they never slow down or fail a search.
 */
final class JdbcSearchAnalytics implements SearchAnalytics {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int BATCH = 500;
    static final int MAX_REPORT_ROWS = 1000;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 9999;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcSearchAnalytics.class);
    private static final Duration DROP_LOG_INTERVAL = Duration.ofMinutes(1);

    private final AnalyticsStore store;
    private final AccessControl accessControl;
    private final String rootJurisdiction;
    private final Clock clock;
    private final RecordingBudget budget;
    private final BlockingQueue<Pending> queue;
    private final SecureRandom random = new SecureRandom();
    private long droppedLogged;
    private Instant droppedLoggedAt = Instant.MIN;

    /**
     * @param rootJurisdiction the city's jurisdiction, where {@link #VIEW_PERMISSION} must be held (the statistics
     *     are city-wide); {@code null} to accept it held anywhere
     */
    JdbcSearchAnalytics(
            Database database,
            AccessControl accessControl,
            String rootJurisdiction,
            Clock clock,
            RecordingBudget budget,
            int queueCapacity) {
        this.store = new AnalyticsStore(database.dataSource());
        this.accessControl = accessControl;
        this.rootJurisdiction = rootJurisdiction;
        this.clock = clock;
        this.budget = budget;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
    }

    @Override
    public long recordSearch(String text, long hits, String channel) {
        try {
            String folded = QueryFolding.fold(text);
            if (folded == null || hits < 0) {
                return 0;
            }
            long token = token();
            return enqueue(new Pending.Search(token, folded, hits, QueryFolding.channel(channel), clock.instant()))
                    ? token
                    : 0;
        } catch (RuntimeException e) {
            LOG.warn("Search analytics: a search could not be recorded", e);
            return 0;
        }
    }

    @Override
    public void recordClick(long searchId, String documentId) {
        try {
            if (searchId > 0 && QueryFolding.isDocumentId(documentId)) {
                enqueue(new Pending.Click(searchId, documentId.strip(), clock.instant()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Search analytics: a click could not be recorded", e);
        }
    }

    private boolean enqueue(Pending record) {
        if (!budget.tryAcquire()) {
            return false;
        }
        if (queue.offer(record)) {
            return true;
        }
        budget.queueFull();
        return false;
    }

    /** The recording figures of this node, for {@code /health} and the console. */
    ComponentHealth health() {
        return budget.health();
    }

    // Random rather than sequential, so that nobody can add clicks to other people's searches by counting.
    private long token() {
        long token;
        do {
            token = random.nextLong() & Long.MAX_VALUE;
        } while (token == 0);
        return token;
    }

    /** Writes what is queued, in batches; a failed batch is logged and dropped. Returns the records written. */
    int flush() {
        int written = 0;
        List<Pending> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            try {
                store.write(batch);
                written += batch.size();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Search analytics: {} records could not be written and are dropped", batch.size(), e);
            }
            batch.clear();
        }
        logDropped();
        return written;
    }

    private void logDropped() {
        Instant now = clock.instant();
        long dropped = budget.dropped();
        if (dropped > droppedLogged && now.isAfter(droppedLoggedAt.plus(DROP_LOG_INTERVAL))) {
            LOG.warn(
                    "Search analytics: {} records dropped over the rate limit, the hourly cap or a full queue",
                    dropped - droppedLogged);
            droppedLogged = dropped;
            droppedLoggedAt = now;
        }
    }

    /** Deletes what is older than the retention; returns the searches deleted. */
    long purge(int retentionDays) {
        if (retentionDays <= 0) {
            return 0;
        }
        Instant before = LocalDate.now(clock.withZone(ZONE))
                .minusDays(retentionDays)
                .atStartOfDay(ZONE)
                .toInstant();
        try {
            long deleted = store.purge(before);
            if (deleted > 0) {
                LOG.info("Search analytics: {} searches older than {} days deleted", deleted, retentionDays);
            }
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("删除过期的搜索记录失败", e);
        }
    }

    @Override
    public List<QueryStatistic> topQueries(LocalDate from, LocalDate to, int limit) {
        return report(AnalyticsStore.Report.TOP, from, to, limit);
    }

    @Override
    public List<QueryStatistic> zeroResultQueries(LocalDate from, LocalDate to, int limit) {
        return report(AnalyticsStore.Report.ZERO_RESULTS, from, to, limit);
    }

    @Override
    public List<QueryStatistic> noClickQueries(LocalDate from, LocalDate to, int limit) {
        return report(AnalyticsStore.Report.NO_CLICK, from, to, limit);
    }

    private List<QueryStatistic> report(AnalyticsStore.Report report, LocalDate from, LocalDate to, int limit) {
        if (rootJurisdiction == null) {
            accessControl.check(VIEW_PERMISSION);
        } else {
            accessControl.check(VIEW_PERMISSION, rootJurisdiction);
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("请选择统计的起止日期");
        }
        if (from.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("统计日期须在" + FIRST_YEAR + "年至" + LAST_YEAR + "年之间");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("开始日期（" + from + "）不能晚于结束日期（" + to + "）");
        }
        if (limit < 1 || limit > MAX_REPORT_ROWS) {
            throw new IllegalArgumentException("显示条数须在1到" + MAX_REPORT_ROWS + "之间（当前为" + limit + "）");
        }
        try {
            return store.report(
                    report,
                    from.atStartOfDay(ZONE).toInstant(),
                    to.plusDays(1).atStartOfDay(ZONE).toInstant(),
                    limit);
        } catch (SQLException e) {
            throw new IllegalStateException("读取搜索统计失败", e);
        }
    }
}
