package org.tongban.platform.notify;

import java.time.Instant;

/**
 * What the demo gateway "sent" instead of a real SMS or e-mail, shown in the console of a demo city so that a tester
 * can read a one-time code.
 *
 * @param deliveryId the delivery
 * @param jurisdictionCode the sending jurisdiction
 * @param channel the channel
 * @param address the address, masked
 * @param subject the subject
 * @param text the text as it would have gone out
 * @param sentAt when
 */
public record DemoMessage(
        long deliveryId,
        String jurisdictionCode,
        Channel channel,
        String address,
        String subject,
        String text,
        Instant sentAt) {}
