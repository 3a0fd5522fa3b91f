package org.tongban.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Idempotency keys of the API, configuration PID {@code org.tongban.platform.security.idempotency}. */
@ObjectClassDefinition(
        name = "Tongban API idempotency",
        description = "How long the answer to a request with an Idempotency-Key is replayed to retries")
public @interface IdempotencyConfig {

    // A day covers a client that retries over a night's outage; longer keeps rows nobody will ask for.
    @AttributeDefinition(name = "Retention (hours)", min = "1")
    int retentionHours() default 24;
}
