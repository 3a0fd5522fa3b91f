package org.tongban.documents.ui.internal;

import java.util.function.LongSupplier;

/**
 * How often the page verifies, across all visitors: verifying costs a PDF parse and an RSA check, and the page needs
 * no login, so a token bucket ({@code perSecond} on average, bursts of ten seconds' worth) keeps it from being a lever
 * against the hall's own work.
 */
final class VerifyPace {
    private final double perSecond;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    VerifyPace(double perSecond, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
        this.tokens = perSecond * 10;
        this.last = nanoTime.getAsLong();
    }

    synchronized boolean tryAcquire() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(perSecond * 10, tokens + (now - last) / 1e9 * perSecond);
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
