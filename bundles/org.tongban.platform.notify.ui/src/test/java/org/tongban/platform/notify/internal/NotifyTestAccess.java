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
 * The real outbox for the view tests, built as its component is, with one attempt before a delivery is dead and the
 * demo gateway at hand. It sits in the outbox's package on the test class path only, to reach its package-private
 * constructors.
 */
public final class NotifyTestAccess {
    private final Gateways gateways = new Gateways();
    private final Database database;
    private final JdbcNotifications notifications;
    private long nextServiceId = 1;

    private NotifyTestAccess(Database database, AccessControl access, AuditLog audit, Jurisdictions jurisdictions) {
        this.database = database;
        RetryRules oneAttempt = new RetryRules(1, Duration.ofMinutes(1), Duration.ofMinutes(1), 100);
        notifications =
                new JdbcNotifications(database, access, audit, jurisdictions, gateways, oneAttempt, Clock.systemUTC());
    }

    public static NotifyTestAccess of(
            Database database, AccessControl access, AuditLog audit, Jurisdictions jurisdictions) {
        return new NotifyTestAccess(database, access, audit, jurisdictions);
    }

    public void addGateway(NotificationGateway gateway, String channel) {
        gateways.add(gateway, Map.of(NotificationGateway.CHANNEL, channel, "service.id", nextServiceId++));
    }

    public NotificationGateway addDemoGateway() {
        DemoGateway demo = new DemoGateway(database, false, Clock.systemUTC());
        addGateway(demo, "SMS");
        return demo;
    }

    public Notifications notifications() {
        return notifications;
    }
}
