package org.tongban.platform.scheduler;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The scheduler's recurring jobs, for the code that knows that a job has work now.
 *
 * @since 1.1
 */
@ProviderType
public interface Jobs {

    /**
     * Asks for a run of a {@link ScheduledJob#NODE node-scoped} job on this node as soon as one of the scheduler's
     * threads is free, without waiting for its period. Requests made before that run starts make one run; a request
     * while it runs makes one more run after it. Never blocks and never throws for an unknown or stopped job (the
     * job's period then does the work).
     */
    void runSoon(String name);
}
