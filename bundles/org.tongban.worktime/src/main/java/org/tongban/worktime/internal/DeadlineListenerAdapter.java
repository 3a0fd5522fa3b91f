package org.tongban.worktime.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.events.EventHandler;
import org.tongban.platform.api.persistence.Database;
import org.tongban.worktime.DeadlineEvent;
import org.tongban.worktime.DeadlineListener;
import org.tongban.worktime.DeadlineStatus;
import org.tongban.worktime.DeadlineTopics;

/**
 * Hands the outbox's deadline events to the {@link DeadlineListener} services of 1.0, once across the cluster and in
 * order; a listener that throws makes the event be retried (and, in the end, a dead letter), no longer lost.
 */
@Component(service = DomainEventHandler.class)
@EventHandler(topics = "worktime/*", handler = "worktime-deadline-listeners")
public final class DeadlineListenerAdapter implements DomainEventHandler {
    private final Database database;
    private final List<DeadlineListener> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public DeadlineListenerAdapter(@Reference Database database) {
        this.database = database;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(DeadlineListener listener) {
        listeners.add(listener);
    }

    void removeListener(DeadlineListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void handle(DomainEvent event) {
        if (listeners.isEmpty()) {
            return;
        }
        DeadlineStatus kind =
                DeadlineTopics.OVERDUE.equals(event.topic()) ? DeadlineStatus.OVERDUE : DeadlineStatus.WARNING;
        long id = Long.parseLong(event.get(DeadlineTopics.CLOCK_ID));
        // Read as the system: delivery runs without a user, and listeners hear every district's deadlines.
        database.transactions()
                .read(connection -> ClockRows.find(connection, id, false))
                .map(ClockRows.Row::clock)
                .ifPresent(clock -> {
                    DeadlineEvent deadline =
                            new DeadlineEvent(kind, clock, Instant.parse(event.get(DeadlineTopics.FIRED_AT)));
                    for (DeadlineListener listener : listeners) {
                        listener.deadlineReached(deadline);
                    }
                });
    }
}
