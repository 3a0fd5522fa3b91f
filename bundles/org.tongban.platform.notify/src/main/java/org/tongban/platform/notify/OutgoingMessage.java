package org.tongban.platform.notify;

/**
 * What a {@link NotificationGateway} is asked to send.
 *
 * @param deliveryId unique per delivery and the same on every attempt: a gateway that can should drop a repeat of an
 *     id it has already accepted (a node may stop after the gateway accepted and before the outbox recorded it)
 * @param jurisdictionCode the sending jurisdiction
 * @param channel the channel
 * @param address the mobile number or e-mail address, unmasked
 * @param subject the subject (e-mail) in the recipient's language
 * @param text the text in the recipient's language
 */
public record OutgoingMessage(
        long deliveryId, String jurisdictionCode, Channel channel, String address, String subject, String text) {}
