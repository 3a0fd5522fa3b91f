package org.tongban.platform.events;

import java.time.Instant;
import org.tongban.platform.api.events.DomainEvent;

/** An event a handler gave up on after its last attempt. */
public record DeadLetter(
        String handler, String node, DomainEvent event, int attempts, String lastError, Instant diedAt) {}
