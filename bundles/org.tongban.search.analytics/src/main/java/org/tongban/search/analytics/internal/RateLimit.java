package org.tongban.search.analytics.internal;

import java.util.function.LongSupplier;

/** A token bucket: on average {@code perSecond} records, with bursts of up to ten seconds' worth. */
final class RateLimit {
    private static final double NANOS_PER_SECOND = 1e9;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    RateLimit(int perSecond, LongSupplier nanoTime) {
        this.perSecond = Math.max(1, perSecond);
        this.burst = this.perSecond * 10;
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.last = nanoTime.getAsLong();
    }

    synchronized boolean tryAcquire() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) / NANOS_PER_SECOND * perSecond);
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
