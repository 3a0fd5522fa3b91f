package org.tongban.worktime;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service: register one to hear when clocks reach their warning threshold or their deadline, once per
 * clock and kind across the cluster. Kept for 1.x; new code handles the domain events {@link DeadlineTopics#WARNING}
 * and {@link DeadlineTopics#OVERDUE} with a {@code DomainEventHandler}, which this adapts. A listener that throws
 * makes the event be delivered again later. Filter by {@code event.clock().request().objectType()}.
 */
@ConsumerType
public interface DeadlineListener {

    /** Called once per clock and kind (again if it throws). */
    void deadlineReached(DeadlineEvent event);
}
