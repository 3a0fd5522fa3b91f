package org.tongban.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public tracking page's limits, per node: how often one address may ask in a minute, and how many wrong tries one
 * case number takes in an hour before it answers nothing. Kept in memory (bounded): a limit that a restart resets
 * costs a guesser a minute, not the case.
 */
final class TrackingLimits {
    private static final int MAX_KEYS = 10_000;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final int perMinute;
    private final int wrongPerHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> asks = bounded();
    private final Map<String, Deque<Instant>> wrongs = bounded();

    TrackingLimits(int perMinute, int wrongPerHour, Clock clock) {
        this.perMinute = perMinute;
        this.wrongPerHour = wrongPerHour;
        this.clock = clock;
    }

    /** Counts the ask; false when the address has asked {@code perMinute} times within the last minute. */
    synchronized boolean allowAddress(String address) {
        Deque<Instant> times = recent(asks, address == null ? "" : address, MINUTE);
        if (times.size() >= perMinute) {
            return false;
        }
        times.addLast(clock.instant());
        return true;
    }

    /** Whether the number has had {@code wrongPerHour} wrong tries within the last hour. */
    synchronized boolean lockedOut(String number) {
        return recent(wrongs, number, HOUR).size() >= wrongPerHour;
    }

    synchronized void wrong(String number) {
        recent(wrongs, number, HOUR).addLast(clock.instant());
    }

    private Deque<Instant> recent(Map<String, Deque<Instant>> map, String key, Duration window) {
        Deque<Instant> times = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant since = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
        return times;
    }

    // The oldest keys go first once there are many: an attacker with many addresses fills it, not memory.
    private static Map<String, Deque<Instant>> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }
}
