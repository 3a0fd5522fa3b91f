package org.tongban.hotline;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * E-mail and SMS intake (邮件, 短信): each message a gateway delivers becomes a ticket received on its channel, filed as
 * 咨询 at the gateway's jurisdiction for the office to dispatch; a message delivered again with the same gateway id
 * answers the first ticket and changes nothing.
 *
 * @since 1.6
 */
@ProviderType
public interface MessageIntake {
    /**
     * Takes a message, as a gateway (trusted code of the platform, no user): checked like any ticket (the text at most
     * {@value HotlineService#DESCRIPTION_LIMIT} characters), numbered, audited and announced. Bad input throws {@link
     * HotlineException} and stores nothing.
     */
    InboundRecord receive(InboundMessage message);

    /**
     * The messages taken for the jurisdiction and below, newest first, senders masked; needs {@link
     * HotlinePermissions#READ} there.
     */
    List<InboundRecord> recent(String jurisdictionCode, int limit);
}
