package org.tongban.platform.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Failed logins per client address in a sliding window. Once an address reached the limit, its logins are refused
 * without looking at the account until its oldest failure in the window has aged out, whatever the user name, so the
 * refusal tells nothing about which accounts exist. Kept in memory on each node: it only has to slow guessing down,
 * and a flood of attempts must not turn into a flood of database writes. A success does not reset the count (an
 * attacker with one account of their own could otherwise guess on between two good logins).
 */
final class LoginThrottle {

    /** Addresses kept at most; beyond that the ones without a recent failure are dropped first. */
    private static final int MAX_ADDRESSES = 50_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long logins from this address are still refused, or {@link Duration#ZERO} when they are allowed. */
    synchronized Duration refusedFor(String address) {
        if (address == null) {
            return Duration.ZERO; // not through the web: no client to throttle
        }
        Instant now = clock.instant();
        Deque<Instant> recent = prune(address, now);
        if (recent == null || recent.size() < maxFailures) {
            return Duration.ZERO;
        }
        return Duration.between(now, recent.peekFirst().plus(window));
    }

    /** Counts a failed login from the address; true when this failure reached the limit. */
    synchronized boolean failed(String address) {
        if (address == null) {
            return false;
        }
        Instant now = clock.instant();
        if (failures.size() >= MAX_ADDRESSES) {
            dropIdle(now);
        }
        Deque<Instant> recent = prune(address, now);
        if (recent == null) {
            if (failures.size() >= MAX_ADDRESSES) {
                return false; // more addresses than that failing at once: the per-account locks still hold
            }
            recent = new ArrayDeque<>();
            failures.put(address, recent);
        }
        recent.addLast(now);
        while (recent.size() > maxFailures) {
            recent.removeFirst();
        }
        return recent.size() == maxFailures;
    }

    private Deque<Instant> prune(String address, Instant now) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return null;
        }
        Instant since = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
        if (recent.isEmpty()) {
            failures.remove(address);
            return null;
        }
        return recent;
    }

    private void dropIdle(Instant now) {
        Instant since = now.minus(window);
        for (Iterator<Deque<Instant>> it = failures.values().iterator(); it.hasNext(); ) {
            if (!it.next().peekLast().isAfter(since)) {
                it.remove();
            }
        }
    }
}
