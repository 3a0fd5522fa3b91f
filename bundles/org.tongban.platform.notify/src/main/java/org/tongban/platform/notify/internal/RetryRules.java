package org.tongban.platform.notify.internal;

import java.time.Duration;

/**
 * When a failed delivery is tried again: after {@code firstRetry}, doubled per failure up to {@code maxRetry}; dead
 * after {@code maxAttempts}. The defaults (10 attempts, 1 minute to 1 hour) keep trying for about four and a half
 * hours, long enough for a provider's usual outage.
 */
record RetryRules(int maxAttempts, Duration firstRetry, Duration maxRetry, int batchSize) {
    static final RetryRules DEFAULT = new RetryRules(10, Duration.ofMinutes(1), Duration.ofHours(1), 100);

    static RetryRules of(NotifyConfig config) {
        return new RetryRules(
                config.maxAttempts(),
                Duration.ofSeconds(config.firstRetrySeconds()),
                Duration.ofSeconds(config.maxRetrySeconds()),
                config.batchSize());
    }

    /** The wait before the next attempt after {@code attempts} failed ones (1 or more). */
    Duration delayAfter(int attempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < attempts && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
