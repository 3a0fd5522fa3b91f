package org.tongban.catalogue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueLimits;
import org.tongban.catalogue.GuideViews;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;

/**
 * The counts behind {@link GuideViews}: views wait in memory per code and are added to {@code catalogue_guide_view}
 * in one transaction per flush, so a busy guide costs one row update per flush, not one per visitor.
 */
final class GuideViewCounts {
    /** Distinct codes waiting at most; beyond it views of new codes are dropped until the next flush. */
    static final int MAX_PENDING_CODES = 10_000;
    /** How many of the most viewed guides are compared to decide whether their order changed. */
    static final int TOP = 12;

    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private final Database database;
    private final DomainEvents events;
    private final Clock clock;
    private final Map<String, LongAdder> pending = new ConcurrentHashMap<>();
    private List<String> announcedTop;
    private Instant announcedAt = Instant.EPOCH;

    GuideViewCounts(Database database, DomainEvents events, Clock clock) {
        this.database = database;
        this.events = events;
        this.clock = clock;
    }

    void record(String code) {
        if (code == null || !code.matches(CODE)) {
            return;
        }
        LongAdder adder = pending.get(code);
        if (adder == null) {
            if (pending.size() >= MAX_PENDING_CODES) {
                return;
            }
            adder = pending.computeIfAbsent(code, c -> new LongAdder());
        }
        adder.increment();
    }

    /** Writes the waiting views; announces {@link GuideViews#CHANGED} when the most viewed guides changed order. */
    synchronized void flush() {
        Map<String, Long> batch = new HashMap<>();
        for (String code : List.copyOf(pending.keySet())) {
            LongAdder adder = pending.remove(code);
            if (adder != null && adder.sum() > 0) {
                batch.put(code, adder.sum());
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        boolean mayAnnounce = !now.isBefore(announcedAt.plus(Duration.ofMinutes(GuideViews.REFRESH_MINUTES)));
        List<String> top = database.transactions().required(c -> {
            for (Map.Entry<String, Long> entry : batch.entrySet()) {
                add(c, entry.getKey(), entry.getValue());
            }
            if (!mayAnnounce) {
                return null;
            }
            List<String> current = top(c, TOP);
            if (events != null && !current.equals(announcedTop)) {
                events.publish(GuideViews.CHANGED, "guide-views", Map.of());
            }
            return current;
        });
        if (top != null) {
            if (!top.equals(announcedTop)) {
                announcedAt = now;
            }
            announcedTop = top;
        }
    }

    // Only published guides are counted: a made-up code adds no row.
    private static void add(Connection c, String code, long views) throws SQLException {
        if (Jdbc.update(c, "UPDATE catalogue_guide_view SET views = views + ? WHERE matter_code = ?", views, code)
                == 0) {
            Jdbc.update(
                    c,
                    "INSERT INTO catalogue_guide_view (matter_code, views) SELECT DISTINCT matter_code, ?"
                            + " FROM catalogue_guide_version WHERE matter_code = ? AND status = 'PUBLISHED'",
                    views,
                    code);
        }
    }

    List<String> mostViewed(int limit) {
        if (limit < 1 || limit > CatalogueLimits.MAX_PAGE_SIZE) {
            throw new CatalogueException("数量应为1到" + CatalogueLimits.MAX_PAGE_SIZE + "之间");
        }
        return database.transactions().read(c -> top(c, limit));
    }

    private static List<String> top(Connection c, int limit) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT w.matter_code FROM catalogue_guide_view w WHERE EXISTS (SELECT 1 FROM catalogue_guide_version v"
                        + " WHERE v.matter_code = w.matter_code AND v.status = 'PUBLISHED')"
                        + " ORDER BY w.views DESC, w.matter_code LIMIT ?",
                row -> row.getString(1),
                limit);
    }
}
