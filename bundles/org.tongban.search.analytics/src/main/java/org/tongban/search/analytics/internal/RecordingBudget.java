package org.tongban.search.analytics.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.tongban.platform.api.health.ComponentHealth;

/**
 * How many anonymous records this node may write: a rate budget ({@link RateLimit}, which bounds how fast the tables
 * grow) and a cap per clock hour (which bounds how much a flood that stays under the rate can add: at 100 a second an
 * hour would otherwise add 360,000 rows). What is refused is counted by reason and shown as health, so an operator
 * sees a flood and how much it cost the statistics.
 */
final class RecordingBudget {

    /** Component name in {@code /health} and the console. */
    static final String HEALTH_NAME = "search-analytics";

    private final RateLimit rate;
    private final int perHour;
    private final Clock clock;
    private Instant hour = Instant.MIN;
    private long recordedThisHour;
    private long overRate;
    private long overHour;
    private long queueFull;

    RecordingBudget(RateLimit rate, int perHour, Clock clock) {
        this.rate = rate;
        this.perHour = Math.max(1, perHour);
        this.clock = clock;
    }

    /** Takes one record's place, or counts why there is none. */
    synchronized boolean tryAcquire() {
        if (!rate.tryAcquire()) {
            overRate++;
            return false;
        }
        rollHour();
        if (recordedThisHour >= perHour) {
            overHour++;
            return false;
        }
        recordedThisHour++;
        return true;
    }

    /** The record got a place but the queue was full: it is dropped, and its place in the hour given back. */
    synchronized void queueFull() {
        queueFull++;
        if (recordedThisHour > 0) {
            recordedThisHour--;
        }
    }

    synchronized long dropped() {
        return overRate + overHour + queueFull;
    }

    /**
     * UP with the figures, or DEGRADED while this hour's cap is reached (the hour's statistics are incomplete and
     * somebody is probably flooding the search).
     */
    synchronized ComponentHealth health() {
        rollHour();
        String figures = "本小时已记录 " + recordedThisHour + " 条（每小时上限 " + perHour + " 条）；本节点启动以来丢弃 "
                + dropped() + " 条：超过每小时上限 " + overHour + " 条，超过速率 " + overRate + " 条，队列已满 " + queueFull
                + " 条";
        if (recordedThisHour >= perHour) {
            return new ComponentHealth(
                    HEALTH_NAME, ComponentHealth.Status.DEGRADED, "本小时的搜索记录已达上限，其余搜索不再记录。" + figures, -1);
        }
        return ComponentHealth.up(HEALTH_NAME, figures);
    }

    private void rollHour() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        if (!now.equals(hour)) {
            hour = now;
            recordedThisHour = 0;
        }
    }
}
