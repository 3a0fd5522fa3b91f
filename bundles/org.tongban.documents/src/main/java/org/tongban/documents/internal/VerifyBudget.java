package org.tongban.documents.internal;

import java.util.function.LongSupplier;

/**
 * A token bucket for anonymous verification, which costs a PDF parse and an RSA check: on average {@code perSecond}
 * requests, in bursts of up to ten seconds' worth, across all callers.
 */
final class VerifyBudget {
    private static final double NANOS_PER_SECOND = 1e9;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    VerifyBudget(double perSecond, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = perSecond * 10;
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
