package org.tongban.hotline.internal;

import java.time.Clock;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.Channel;
import org.tongban.hotline.DemoGateway;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.InboundMessage;
import org.tongban.hotline.InboundRecord;
import org.tongban.hotline.MessageIntake;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.security.AccessControl;

/**
 * The demo cities' message gateway: delivers a clerk's test message to the intake as a provider's webhook would, with
 * an id of its own. Runs only when its configuration {@value #PID} exists (Jinan's demo sets it).
 */
@Component(
        service = DemoGateway.class,
        configurationPid = DemoInbox.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class DemoInbox implements DemoGateway {
    static final String PID = "org.tongban.hotline.demo.gateway";

    private final MessageIntake intake;
    private final AccessControl access;
    private final Clock clock;

    @Activate
    public DemoInbox(@Reference MessageIntake intake, @Reference AccessControl access) {
        this(intake, access, Clock.systemUTC());
    }

    DemoInbox(MessageIntake intake, AccessControl access, Clock clock) {
        this.intake = intake;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public InboundRecord post(Channel channel, String sender, String subject, String text, String jurisdictionCode) {
        access.check(HotlinePermissions.ACCEPT, jurisdictionCode == null ? "" : jurisdictionCode);
        return intake.receive(new InboundMessage(
                channel,
                "demo-" + UUID.randomUUID(),
                sender,
                subject,
                text,
                Jdbc.truncate(clock.instant()),
                jurisdictionCode));
    }
}
