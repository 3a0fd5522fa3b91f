package org.tongban.platform.notify;

/**
 * Counts of the deliveries in the outbox.
 *
 * @param pending waiting for an attempt
 * @param sent accepted by a gateway
 * @param dead out of attempts, waiting for an administrator
 */
public record OutboxStatus(long pending, long sent, long dead) {}
