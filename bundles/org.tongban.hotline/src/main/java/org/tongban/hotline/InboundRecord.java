package org.tongban.hotline;

import java.time.Instant;

/**
 * A message the hotline took from a gateway, and the ticket it became.
 *
 * @param sender masked ({@code 138****5678}, {@code z***@example.com})
 * @param repeated whether this delivery repeated a message already taken (only in the answer to a delivery)
 * @since 1.6
 */
public record InboundRecord(
        Channel channel,
        String gatewayMessageId,
        String sender,
        String subject,
        Instant receivedAt,
        Instant takenAt,
        String ticketNumber,
        boolean repeated) {}
