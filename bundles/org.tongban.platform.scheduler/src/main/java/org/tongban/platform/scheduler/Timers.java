package org.tongban.platform.scheduler;

import java.time.Instant;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Durable one-off timers: a 补正 deadline, a callback due date, a draw window. A timer is written in the caller's
 * transaction (it exists exactly when the case that set it was committed), survives restarts, fires once on one node
 * at or after its time, and is handed to the {@link TimerHandler} registered for its name; when that handler is
 * missing or throws, it is tried again later rather than lost.
 */
@ProviderType
public interface Timers {

    /**
     * Sets (or moves) a timer.
     *
     * @param name the kind of timer, as a handler's {@code timer.name}, for example {@code intake-supplement}
     * @param id what it is for, unique within the name, for example the case number
     * @param at when it fires
     * @param payload facts the handler needs, as text
     */
    void schedule(String name, String id, Instant at, Map<String, String> payload);

    /** Cancels a timer that has not fired; false when there was none. */
    boolean cancel(String name, String id);

    /** When the timer fires, if it is set. */
    java.util.Optional<Instant> due(String name, String id);
}
