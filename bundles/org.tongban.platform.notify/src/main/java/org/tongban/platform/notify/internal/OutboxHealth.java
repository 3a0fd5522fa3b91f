package org.tongban.platform.notify.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;

/** {@code notify:outbox} in {@code /health}: DEGRADED while any delivery is dead, with the count. */
@Component(service = HealthContributor.class)
public final class OutboxHealth implements HealthContributor {
    static final String NAME = "notify:outbox";

    private final Database database;

    @Activate
    public OutboxHealth(@Reference Database database) {
        this.database = database;
    }

    @Override
    public List<ComponentHealth> health() {
        long[] counts = database.transactions().read(c -> new long[] {count(c, "DEAD"), count(c, "PENDING")});
        String detail = "待发 " + counts[1] + "，失败 " + counts[0];
        if (counts[0] > 0) {
            return List.of(new ComponentHealth(
                    NAME, ComponentHealth.Status.DEGRADED, detail + "（网关多次发送失败，请在“通知发件箱”中查看并重发）", -1));
        }
        return List.of(ComponentHealth.up(NAME, detail));
    }

    private static long count(java.sql.Connection c, String state) throws java.sql.SQLException {
        return Jdbc.one(c, "SELECT COUNT(*) FROM notify_delivery WHERE state = ?", row -> row.getLong(1), state)
                .orElse(0L);
    }
}
