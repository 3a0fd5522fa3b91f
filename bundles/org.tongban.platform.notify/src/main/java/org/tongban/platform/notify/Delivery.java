package org.tongban.platform.notify;

import java.time.Instant;

/**
 * One notification's delivery through one channel, as the console shows it.
 *
 * @param id the delivery id, also given to the gateway so that it can drop a repeat
 * @param messageId the notification it belongs to
 * @param jurisdictionCode the sending jurisdiction
 * @param channel the channel
 * @param address the address, masked (mobile {@code 138****5678}, e-mail {@code z***@example.cn})
 * @param template the template key
 * @param state where it stands
 * @param attempts attempts made so far
 * @param nextAttemptAt when the next attempt is due (pending ones)
 * @param lastError the gateway's last refusal, or {@code null}
 * @param createdAt when it was written
 * @param sentAt when the gateway accepted it, or {@code null}
 */
public record Delivery(
        long id,
        long messageId,
        String jurisdictionCode,
        Channel channel,
        String address,
        String template,
        DeliveryState state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt) {}
