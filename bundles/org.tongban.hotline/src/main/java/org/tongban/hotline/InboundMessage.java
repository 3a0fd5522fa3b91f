package org.tongban.hotline;

import java.time.Instant;

/**
 * An e-mail or a text message as a gateway received it, to become a ticket.
 *
 * @param channel {@link Channel#EMAIL} or {@link Channel#SMS}
 * @param gatewayMessageId the gateway's own id of the message, at most 200 characters: a message delivered again with
 *     the same id (per channel) is the same message and makes no second ticket
 * @param sender the sender's address or number, kept to answer and shown masked like a caller's number
 * @param subject the e-mail's subject, may be null (always for SMS)
 * @param text the message as plain text (the gateway converts HTML mail), at most {@value
 *     HotlineService#DESCRIPTION_LIMIT} characters with the subject; stored as given, escaped by whatever shows it
 * @param receivedAt when the gateway received it
 * @param jurisdictionCode the hotline the gateway serves (the city's code): the ticket's place until the office
 *     dispatches it
 * @since 1.6
 */
public record InboundMessage(
        Channel channel,
        String gatewayMessageId,
        String sender,
        String subject,
        String text,
        Instant receivedAt,
        String jurisdictionCode) {}
