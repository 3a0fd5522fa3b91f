package org.tongban.platform.events.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.events.internal.Cursors.Cursor;

/**
 * Delivers the outbox to one handler on this node. Each batch runs in one transaction that holds the handler's
 * position row: the handler's own database writes commit with the new position, and a second node waits rather than
 * delivering the same events. When the handler throws, the batch is rolled back, the events before the failing one
 * are delivered again one by one, and the failing one is retried later with a doubling delay until the last attempt
 * sends it to the dead letters.
 */
final class HandlerDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(HandlerDelivery.class);
    private static final Duration MAX_DELAY = Duration.ofMinutes(10);

    /** Thrown out of a batch transaction to roll it back, carrying which event failed. */
    static final class HandlerFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient DomainEvent event;
        final int index;

        HandlerFailed(DomainEvent event, int index, Throwable cause) {
            super(cause.toString(), cause, false, false);
            this.event = event;
            this.index = index;
        }
    }

    private final Registration registration;
    private final String node;
    private final Transactions tx;
    private final EventsConfig config;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean created;

    HandlerDelivery(Registration registration, String nodeId, Transactions tx, EventsConfig config, Clock clock) {
        this.registration = registration;
        this.node = registration.node(nodeId);
        this.tx = tx;
        this.config = config;
        this.clock = clock;
    }

    Registration registration() {
        return registration;
    }

    String node() {
        return node;
    }

    /** Delivers what is there now, unless a delivery to this handler is already running; returns how many. */
    int deliverIfIdle() {
        if (!running.tryLock()) {
            return 0;
        }
        try {
            return deliverLocked();
        } finally {
            running.unlock();
        }
    }

    /** Delivers what is there now, after a running delivery to this handler ends; returns how many. */
    int deliver() {
        running.lock();
        try {
            return deliverLocked();
        } finally {
            running.unlock();
        }
    }

    private int deliverLocked() {
        ensureCursor();
        int handled = 0;
        while (true) {
            Step step = step();
            handled += step.handled;
            if (!step.more) {
                return handled;
            }
        }
    }

    private record Step(int handled, boolean more) {}

    private Step step() {
        try {
            return tx.requiresNew(c -> {
                Cursor cursor = Cursors.lock(c, registration.name(), node).orElseThrow();
                Instant now = clock.instant();
                if (cursor.failingSeq() != null
                        && cursor.retryAt() != null
                        && cursor.retryAt().isAfter(now)) {
                    return new Step(0, false);
                }
                long head = Outbox.head(c);
                List<DomainEvent> events =
                        Outbox.read(c, cursor.position(), head, registration.topics(), config.batchSize());
                for (int i = 0; i < events.size(); i++) {
                    handle(events.get(i), i);
                }
                boolean full = events.size() == config.batchSize();
                Cursors.advance(c, cursor, full ? events.getLast().sequence() : head, now);
                return new Step(events.size(), full);
            });
        } catch (HandlerFailed failed) {
            return recover(failed);
        }
    }

    private void handle(DomainEvent event, int index) {
        try {
            registration.handler().handle(event);
        } catch (Exception | LinkageError e) {
            throw new HandlerFailed(event, index, e);
        }
    }

    /** Delivers the events before the failing one again, each on its own, then records the failure. */
    private Step recover(HandlerFailed failed) {
        int handled = 0;
        DomainEvent failing = failed.event;
        Throwable cause = failed.getCause();
        if (failed.index > 0) {
            long upTo = failing.sequence() - 1;
            List<DomainEvent> before = tx.requiresNew(c -> {
                Cursor cursor = Cursors.lock(c, registration.name(), node).orElseThrow();
                return Outbox.read(c, cursor.position(), upTo, registration.topics(), failed.index);
            });
            for (DomainEvent event : before) {
                try {
                    tx.requiresNew(c -> {
                        Cursor cursor =
                                Cursors.lock(c, registration.name(), node).orElseThrow();
                        handle(event, 0);
                        Cursors.advance(c, cursor, event.sequence(), clock.instant());
                        return null;
                    });
                    handled++;
                } catch (HandlerFailed again) {
                    failing = event;
                    cause = again.getCause();
                    break;
                }
            }
        }
        // A dead letter lets the handler go on with the next events at once; a retry waits for its time.
        boolean dead = recordFailure(failing, cause);
        return new Step(handled, dead);
    }

    /** Records the failed attempt; true when it was the last and the event went to the dead letters. */
    private boolean recordFailure(DomainEvent event, Throwable cause) {
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return tx.requiresNew(c -> {
            Cursor cursor = Cursors.lock(c, registration.name(), node).orElseThrow();
            Instant now = clock.instant();
            int attempts = (event.sequence() == (cursor.failingSeq() == null ? -1 : cursor.failingSeq())
                            ? cursor.attempts()
                            : 0)
                    + 1;
            if (attempts >= config.maxAttempts()) {
                LOG.error(
                        "Event {} ({}) goes to the dead letters of {} after {} attempts: {}",
                        event.sequence(),
                        event.topic(),
                        registration.name(),
                        attempts,
                        error,
                        cause);
                Cursors.dead(c, cursor, event.sequence(), attempts, error, now);
                return true;
            } else {
                Duration delay = delay(attempts);
                LOG.warn(
                        "Event handler {} failed on event {} ({}), attempt {}; retrying in {} ms: {}",
                        registration.name(),
                        event.sequence(),
                        event.topic(),
                        attempts,
                        delay.toMillis(),
                        error);
                Cursors.failed(c, cursor, event.sequence(), attempts, now.plus(delay), error, now);
                return false;
            }
        });
    }

    private Duration delay(int attempts) {
        Duration delay = Duration.ofMillis(config.retryBaseMillis()).multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** A cluster handler starts at the oldest event; a node's own handler, new on this node, at the newest. */
    private void ensureCursor() {
        if (created) {
            return;
        }
        try {
            tx.requiresNew(c -> Cursors.create(
                    c, registration.name(), node, registration.perNode() ? Outbox.head(c) : 0, clock.instant()));
        } catch (RuntimeException raced) {
            // another node created it at the same moment
            LOG.debug("Position of {} on {} created elsewhere: {}", registration.name(), node, raced.getMessage());
        }
        created = true;
    }
}
