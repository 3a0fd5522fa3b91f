package org.tongban.hotline.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.InboundGateway;
import org.tongban.hotline.InboundMessage;
import org.tongban.hotline.InboundRecord;
import org.tongban.hotline.MessageIntake;
import org.tongban.platform.scheduler.Job;
import org.tongban.platform.scheduler.ScheduledJob;

/**
 * Asks every {@link InboundGateway} for its messages, once across the cluster, and acknowledges each one that became
 * (or already was) a ticket. A message the hotline refuses (no text, a malformed sender) is acknowledged too, with the
 * refusal logged: handing it over again would never change the answer.
 */
@Component(service = ScheduledJob.class)
@Job(name = "hotline-gateway-poll", period = InboundGateway.POLL_SECONDS)
public final class GatewayPollJob implements ScheduledJob {
    static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(GatewayPollJob.class);

    private final MessageIntake intake;
    private final List<InboundGateway> gateways = new CopyOnWriteArrayList<>();

    @Activate
    public GatewayPollJob(@Reference MessageIntake intake) {
        this.intake = intake;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGateway(InboundGateway gateway) {
        gateways.add(gateway);
    }

    void removeGateway(InboundGateway gateway) {
        gateways.remove(gateway);
    }

    @Override
    public void run() {
        for (InboundGateway gateway : gateways) {
            poll(gateway);
        }
    }

    /** The messages one gateway holds; how many became new tickets. */
    int poll(InboundGateway gateway) {
        List<InboundMessage> messages;
        try {
            messages = gateway.fetch(BATCH);
        } catch (Exception e) {
            LOG.warn("12345 message gateway {} unreachable, asking again at the next poll", gateway, e);
            return 0;
        }
        int taken = 0;
        for (InboundMessage m : messages) {
            String ticket = null;
            try {
                InboundRecord r = intake.receive(m);
                ticket = r.ticketNumber();
                taken += r.repeated() ? 0 : 1;
            } catch (HotlineException e) {
                LOG.warn("12345 message {} refused: {}", m.gatewayMessageId(), e.getMessage());
            } catch (RuntimeException e) {
                // The database is away: leave the message with the gateway for the next poll.
                LOG.warn("12345 message {} not taken, asking again at the next poll", m.gatewayMessageId(), e);
                continue;
            }
            try {
                gateway.acknowledge(m, ticket);
            } catch (Exception e) {
                LOG.warn("12345 message {} not acknowledged; it comes again and is ignored", m.gatewayMessageId(), e);
            }
        }
        return taken;
    }
}
