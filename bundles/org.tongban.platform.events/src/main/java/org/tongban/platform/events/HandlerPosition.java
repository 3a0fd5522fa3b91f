package org.tongban.platform.events;

import java.time.Instant;

/**
 * Where a handler stands.
 *
 * @param handler the handler's name
 * @param node {@code *} for a cluster-wide handler, else the node's id
 * @param position the sequence of the last event it is past
 * @param head the sequence of the newest event
 * @param failingSequence the event being retried, or null
 * @param attempts failed attempts at that event
 * @param retryAt when it is tried next, or null
 * @param lastError the last failure's message, or null
 */
public record HandlerPosition(
        String handler,
        String node,
        long position,
        long head,
        Long failingSequence,
        int attempts,
        Instant retryAt,
        String lastError) {}
