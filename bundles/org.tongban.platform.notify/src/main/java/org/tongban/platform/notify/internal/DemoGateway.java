package org.tongban.platform.notify.internal;

import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.notify.NotificationGateway;
import org.tongban.platform.notify.OutgoingMessage;

/**
 * A gateway for demo cities: instead of sending, it keeps the message in {@code notify_demo_sent}, where the console
 * shows it. Runs only when its configuration {@value #PID} exists (the demo cities set it). A delivery id it already
 * holds is accepted again without a second row, as a real provider's idempotency key would be.
 */
@Component(
        service = NotificationGateway.class,
        configurationPid = DemoGateway.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {
            NotificationGateway.CHANNEL + "=SMS",
            NotificationGateway.CHANNEL + "=EMAIL",
            "service.ranking:Integer=-100"
        })
@Designate(ocd = DemoGateway.Config.class)
public final class DemoGateway implements NotificationGateway {
    static final String PID = "org.tongban.platform.notify.demo";

    /** The demo gateway's settings. */
    @ObjectClassDefinition(name = "Tongban demo notification gateway", description = "演示网关：只记录，不发送")
    public @interface Config {
        @AttributeDefinition(
                name = "Down",
                description = "Refuse every message, to show how the outbox waits and retries while a gateway is down")
        boolean down() default false;
    }

    private final Database database;
    private final boolean down;
    private final Clock clock;

    @Activate
    public DemoGateway(@Reference Database database, Config config) {
        this(database, config.down(), Clock.systemUTC());
    }

    DemoGateway(Database database, boolean down, Clock clock) {
        this.database = database;
        this.down = down;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMessage message) {
        if (down) {
            throw new IllegalStateException("演示网关已设置为不可用");
        }
        database.transactions().required(c -> {
            boolean known = Jdbc.one(
                            c,
                            "SELECT delivery_id FROM notify_demo_sent WHERE delivery_id = ?",
                            row -> row.getLong(1),
                            message.deliveryId())
                    .isPresent();
            if (!known) {
                Jdbc.update(
                        c,
                        "INSERT INTO notify_demo_sent (delivery_id, jurisdiction_code, channel, address, subject, body,"
                                + " sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        message.deliveryId(),
                        message.jurisdictionCode(),
                        message.channel(),
                        message.address(),
                        message.subject(),
                        message.text(),
                        Jdbc.truncate(clock.instant()));
            }
            return null;
        });
    }
}
