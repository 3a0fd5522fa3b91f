package org.tongban.platform.notify.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Retry rules of the outbox, configuration PID {@value #PID}. */
@ObjectClassDefinition(name = "Tongban notifications", description = "通知发件箱的重试规则")
public @interface NotifyConfig {
    String PID = "org.tongban.platform.notify";

    @AttributeDefinition(
            name = "Attempts before dead",
            description = "A delivery that failed this often is dead until an administrator retries it",
            min = "1")
    int maxAttempts() default 10;

    @AttributeDefinition(name = "First retry (seconds)", description = "Doubled after each failure", min = "1")
    int firstRetrySeconds() default 60;

    @AttributeDefinition(name = "Longest retry delay (seconds)", min = "1")
    int maxRetrySeconds() default 3600;

    @AttributeDefinition(name = "Deliveries per round", min = "1")
    int batchSize() default 100;
}
