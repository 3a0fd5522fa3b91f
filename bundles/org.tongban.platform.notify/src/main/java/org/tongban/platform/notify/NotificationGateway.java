package org.tongban.platform.notify;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service that hands messages of one channel to an SMS or e-mail provider. Register it with the service
 * property {@link #CHANNEL} ({@code SMS} or {@code EMAIL}); the highest {@code service.ranking} of a channel is used.
 * While no gateway of a channel is there, or it throws, its deliveries wait and are retried with a growing delay.
 */
@ConsumerType
public interface NotificationGateway {

    /** Service property: the {@link Channel} name this gateway sends. */
    String CHANNEL = "notify.channel";

    /**
     * Sends the message, returning only once the provider accepted it.
     *
     * @throws Exception when the provider refused it or could not be reached; the delivery is retried later
     */
    void send(OutgoingMessage message) throws Exception;
}
