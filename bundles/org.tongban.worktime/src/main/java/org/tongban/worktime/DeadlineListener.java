package org.tongban.worktime;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service: register one to hear when clocks reach their warning threshold or their deadline. Each event is
 * recorded exactly once in the clock's history, by whichever node of the cluster claims it; the listeners of that node
 * are called after the claim is committed (a node that
 * stops in between does not call them again; the event stays in the history). Filter by {@code event.clock().request().objectType()}.
 */
@ConsumerType
public interface DeadlineListener {

    /** Called once per clock and kind; exceptions are logged and do not re-deliver the event. */
    void deadlineReached(DeadlineEvent event);
}
