package org.tongban.platform.api.events;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Handles domain events; register it as an OSGi service with {@link EventHandler} properties. Each handler has its own
 * position in the event sequence: it gets every event of its topics in order, at least once, whatever the other
 * handlers do. When {@link #handle} throws, the same event is retried with a growing delay and the handler gets no
 * later event meanwhile; after the last attempt the event goes to the dead letters (shown in {@code /health} and the
 * console, where it can be replayed) and the handler moves on.
 *
 * <p>A handler runs inside the transaction that advances its position: what it writes to the platform database
 * commits exactly once with it. Anything else (a search index, a message) must tolerate a repeated event.
 */
@ConsumerType
public interface DomainEventHandler {

    /** Service property: the topics handled, exact or ending in {@code /*}. */
    String TOPICS = "event.topics";

    /** Service property: the handler's stable name, which keys its position; defaults to the component name. */
    String NAME = "event.handler";

    /** Service property: {@code cluster} (default: one delivery across all nodes) or {@code node} (every node). */
    String SCOPE = "event.scope";

    void handle(DomainEvent event) throws Exception;
}
