package org.tongban.platform.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.notify.NotificationGateway;
import org.tongban.platform.notify.Notifications;

/**
 * The real outbox for other modules' tests, built as its component is but with the test's clock and gateways. It
 * sits in the outbox's package and reaches the others through this module's test-jar, to use the package-private
 * constructors without exporting them.
 */
public final class NotifyTestAccess {
    private final Gateways gateways = new Gateways();
    private final Database database;
    private final Clock clock;
    private final JdbcNotifications notifications;
    private long nextServiceId = 1;

    private NotifyTestAccess(
            Database database,
            AccessControl access,
            AuditLog audit,
            Jurisdictions jurisdictions,
            Clock clock,
            RetryRules rules) {
        this.database = database;
        this.clock = clock;
        notifications = new JdbcNotifications(database, access, audit, jurisdictions, gateways, rules, clock);
    }

    /** The outbox with the city's default retry rules. */
    public static NotifyTestAccess of(
            Database database, AccessControl access, AuditLog audit, Jurisdictions jurisdictions, Clock clock) {
        return new NotifyTestAccess(database, access, audit, jurisdictions, clock, RetryRules.DEFAULT);
    }

    /** The outbox where a delivery is dead after its first failed attempt, for views that show dead deliveries. */
    public static NotifyTestAccess oneAttempt(
            Database database, AccessControl access, AuditLog audit, Jurisdictions jurisdictions) {
        RetryRules oneAttempt = new RetryRules(1, Duration.ofMinutes(1), Duration.ofMinutes(1), 100);
        return new NotifyTestAccess(database, access, audit, jurisdictions, Clock.systemUTC(), oneAttempt);
    }

    public void addGateway(NotificationGateway gateway, String channel) {
        gateways.add(gateway, Map.of(NotificationGateway.CHANNEL, channel, "service.id", nextServiceId++));
    }

    /** The demo gateway, as the demo cities configure it, on the SMS channel. */
    public NotificationGateway addDemoGateway() {
        DemoGateway demo = new DemoGateway(database, false, clock);
        addGateway(demo, "SMS");
        return demo;
    }

    public Notifications notifications() {
        return notifications;
    }
}
