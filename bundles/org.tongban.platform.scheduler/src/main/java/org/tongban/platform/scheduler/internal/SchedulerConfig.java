package org.tongban.platform.scheduler.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban scheduler", description = "Recurring jobs and durable timers.")
public @interface SchedulerConfig {
    String PID = "org.tongban.platform.scheduler";

    @AttributeDefinition(description = "How often this node looks for due jobs and timers set on other nodes (ms).")
    int pollingMillis() default 2000;

    @AttributeDefinition(description = "Jobs and timers run at once on this node.")
    int threads() default 2;

    @AttributeDefinition(description = "First retry of a failed timer (s); the delay then grows.")
    int retrySeconds() default 30;

    @AttributeDefinition(
            description = "How often a node marks the jobs and timers it runs as alive (s). Those of a node that"
                    + " missed " + SchedulerComponent.MISSED_HEARTBEATS + " marks (it was killed or lost its"
                    + " database) are run again by another node or by the node after its restart.")
    int heartbeatSeconds() default 30;
}
