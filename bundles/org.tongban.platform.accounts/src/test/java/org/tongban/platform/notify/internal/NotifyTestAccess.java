package org.tongban.platform.notify.internal;

import java.time.Clock;
import java.util.Map;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.notify.NotificationGateway;
import org.tongban.platform.notify.Notifications;

/**
 * The real outbox for another bundle's tests, built as its component is but with the test's clock and gateways. It
 * sits in the outbox's package on the test class path only, to reach its package-private constructor.
 */
public final class NotifyTestAccess {
    private final Gateways gateways = new Gateways();
    private final JdbcNotifications notifications;
    private long nextServiceId = 1;

    private NotifyTestAccess(
            Database database, AccessControl access, AuditLog audit, Jurisdictions jurisdictions, Clock clock) {
        notifications =
                new JdbcNotifications(database, access, audit, jurisdictions, gateways, RetryRules.DEFAULT, clock);
    }

    public static NotifyTestAccess of(
            Database database, AccessControl access, AuditLog audit, Jurisdictions jurisdictions, Clock clock) {
        return new NotifyTestAccess(database, access, audit, jurisdictions, clock);
    }

    public void addGateway(NotificationGateway gateway, String channel) {
        gateways.add(gateway, Map.of(NotificationGateway.CHANNEL, channel, "service.id", nextServiceId++));
    }

    public Notifications notifications() {
        return notifications;
    }
}
