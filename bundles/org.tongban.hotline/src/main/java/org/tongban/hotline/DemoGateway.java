package org.tongban.hotline;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The demo cities' stand-in for an e-mail and SMS provider: a clerk writes a test message in the console and the
 * gateway delivers it to {@link MessageIntake} as a real one would. Registered only where the demo configuration
 * exists.
 *
 * @since 1.6
 */
@ProviderType
public interface DemoGateway {
    /**
     * Delivers a test message from {@code sender} to the hotline of the jurisdiction; needs {@link
     * HotlinePermissions#ACCEPT} there.
     */
    InboundRecord post(Channel channel, String sender, String subject, String text, String jurisdictionCode);
}
