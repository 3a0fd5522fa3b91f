package org.tongban.platform.events.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban domain events", description = "Delivery of the outbox to event handlers.")
public @interface EventsConfig {
    String PID = "org.tongban.platform.events";

    @AttributeDefinition(description = "How often each node looks for events published on other nodes (ms).")
    int pollMillis() default 1000;

    @AttributeDefinition(description = "Events handed to a handler in one transaction.")
    int batchSize() default 100;

    @AttributeDefinition(description = "Attempts at one event before it goes to the dead letters.")
    int maxAttempts() default 8;

    @AttributeDefinition(
            description = "Delay before the first retry (ms); it doubles with each attempt, up to 10 minutes.")
    int retryBaseMillis() default 1000;

    @AttributeDefinition(
            description =
                    "Days an event is kept after every handler is past it (dead letters are kept until replayed).")
    int retentionDays() default 7;
}
