package org.tongban.catalogue.ui.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets one client address count a guide once per {@link #WINDOW}, so that posting views in a loop does not push a
 * guide into 热门事项. The pairs live in memory only, for at most two windows, and their number is capped: when a
 * flood of addresses fills it, further views are not counted until the window turns.
 */
final class RepeatViews {
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int MAX_PAIRS = 100_000;

    private final Clock clock;
    private long window = -1;
    private Set<String> current = ConcurrentHashMap.newKeySet();
    private Set<String> previous = ConcurrentHashMap.newKeySet();

    RepeatViews(Clock clock) {
        this.clock = clock;
    }

    /** Whether this view counts: the first of this address for this guide in the current and the last window. */
    synchronized boolean firstView(String address, String matterCode) {
        long now = clock.millis() / WINDOW.toMillis();
        if (now != window) {
            previous = now == window + 1 ? current : ConcurrentHashMap.newKeySet();
            current = ConcurrentHashMap.newKeySet();
            window = now;
        }
        String pair = (address == null ? "" : address) + ' ' + matterCode;
        if (previous.contains(pair) || current.contains(pair) || current.size() >= MAX_PAIRS) {
            return false;
        }
        return current.add(pair);
    }
}
