package org.tongban.hotline;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An e-mail or SMS gateway that brings in tickets: register one as a service and the hotline polls it every minute,
 * takes each message as a {@link Channel#GATEWAY} ticket and acknowledges it in the same transaction.
 */
@ConsumerType
public interface MessageGateway {
    /** The service property naming the gateway, for example {@code sms}. */
    String NAME = "hotline.gateway";

    /**
     * A message.
     *
     * @param id the gateway's id, acknowledged once taken
     * @param sender an address or number, kept as the caller's phone
     * @param jurisdictionCode the jurisdiction the gateway serves
     */
    record Message(String id, String sender, String text, String jurisdictionCode) {}

    /** Up to {@code max} messages not yet acknowledged. */
    List<Message> poll(int max);

    /** The message became a ticket. */
    void acknowledge(String id, String ticketNumber);
}
