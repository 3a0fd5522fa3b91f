package org.tongban.worktime.internal;

import java.time.Instant;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.scheduler.ScheduledJob;
import org.tongban.worktime.DeadlineEvent;
import org.tongban.worktime.DeadlineTopics;

/**
 * The deadline sweep as the platform scheduler's recurring job (one node at a time), every {@code
 * sweepIntervalSeconds}; each event it fires is published to the outbox in the same transaction as its fired-at.
 */
@Component(
        configurationPid = WorktimeConfig.PID,
        immediate = true,
        service = {})
public final class DeadlineSweepJob implements ScheduledJob {
    static final String NAME = "worktime-deadline-sweep";

    private final DeadlineSweeper sweeper;
    private final ServiceRegistration<ScheduledJob> registration;

    @Activate
    public DeadlineSweepJob(
            @Reference Database database,
            @Reference DomainEvents events,
            BundleContext context,
            WorktimeConfig config) {
        this.sweeper = new DeadlineSweeper(database.transactions(), event -> publish(events, event));
        // Registered by hand: the period comes from this bundle's configuration.
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ScheduledJob.NAME, NAME);
        properties.put(ScheduledJob.PERIOD, (long) Math.max(1, config.sweepIntervalSeconds()));
        this.registration = context.registerService(ScheduledJob.class, this, properties);
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // unregistered with the bundle
        }
    }

    @Override
    public void run() {
        sweeper.sweep(Instant.now());
    }

    static void publish(DomainEvents events, DeadlineEvent event) {
        var clock = event.clock();
        events.publish(
                DeadlineTopics.of(event.kind()),
                "clock/" + clock.id(),
                Map.of(
                        DeadlineTopics.CLOCK_ID, Long.toString(clock.id()),
                        DeadlineTopics.OBJECT_TYPE, clock.request().objectType(),
                        DeadlineTopics.OBJECT_ID, clock.request().objectId(),
                        DeadlineTopics.JURISDICTION, clock.request().jurisdictionCode(),
                        DeadlineTopics.DEADLINE, clock.deadline().toString(),
                        DeadlineTopics.FIRED_AT, event.firedAt().toString()));
    }
}
