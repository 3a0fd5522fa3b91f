package org.tongban.host.web;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per API endpoint, that its database just failed. While the database is down every request would wait for
 * the pool's connection timeout (seconds) before failing; after one such failure the endpoint answers 503 at once for
 * {@link #PAUSE}, then lets the next request try again. Also rate-limits the log line of an outage to one per pause.
 */
final class DatabaseOutage {

    /** How long an endpoint answers 503 without trying after its database failed; also the Retry-After. */
    static final Duration PAUSE = Duration.ofSeconds(10);

    private final Clock clock;
    private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();

    DatabaseOutage(Clock clock) {
        this.clock = clock;
    }

    /** Whether the failure was the database's (a {@link SQLException} somewhere in the causes). */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Whether {@code endpoint} should answer 503 without trying. */
    boolean paused(String endpoint) {
        Instant until = pausedUntil.get(endpoint);
        return until != null && clock.instant().isBefore(until);
    }

    /** Records a database failure of {@code endpoint}; returns whether it is the first of this outage (worth a log line). */
    boolean failed(String endpoint) {
        Instant now = clock.instant();
        Instant previous = pausedUntil.put(endpoint, now.plus(PAUSE));
        return previous == null || now.isAfter(previous.plus(PAUSE));
    }

    /** Records a success: the outage, if any, is over. */
    void succeeded(String endpoint) {
        pausedUntil.remove(endpoint);
    }

    long retryAfterSeconds() {
        return PAUSE.toSeconds();
    }
}
