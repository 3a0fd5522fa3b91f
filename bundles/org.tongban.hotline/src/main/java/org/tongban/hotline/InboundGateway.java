package org.tongban.hotline;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service of an e-mail or SMS gateway that the hotline polls (every {@value #POLL_SECONDS} seconds, once
 * across the cluster): it hands over the messages it holds, and the hotline acknowledges each one it made a ticket of.
 * A message the hotline already took is acknowledged again without a second ticket, so a gateway may hand a message
 * over until its acknowledgement went through. A gateway that can call in instead pushes to {@link MessageIntake}.
 *
 * @since 1.6
 */
@ConsumerType
public interface InboundGateway {
    /** How often the hotline asks each gateway for messages. */
    int POLL_SECONDS = 30;

    /**
     * Messages not yet acknowledged, oldest first, at most {@code max}.
     *
     * @throws Exception when the provider cannot be reached; the hotline asks again at the next poll
     */
    List<InboundMessage> fetch(int max) throws Exception;

    /**
     * The hotline is done with the message: it holds the ticket {@code ticketNumber} for it, or, with {@code null},
     * refused it (no text, a malformed sender; logged), which handing it over again would not change. The gateway
     * need not hand it over again.
     *
     * @throws Exception when the acknowledgement did not reach the provider; the message comes again and is ignored
     */
    void acknowledge(InboundMessage message, String ticketNumber) throws Exception;
}
