package org.tongban.platform.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.ComponentHealth.Status;
import org.tongban.platform.api.health.HealthContributor;

class HealthCollectorTest {
    private final HealthCollector collector = new HealthCollector();

    @Test
    void listsEveryContributorsEntriesWorstFirst() {
        collector.addContributor(() -> List.of(
                ComponentHealth.up("database", "h2"), ComponentHealth.down("schema:org.tongban.notice", "失败", 7)));
        collector.addContributor(() -> List.of(new ComponentHealth("mail", Status.DEGRADED, "慢", -1)));

        assertThat(collector.all())
                .extracting(ComponentHealth::name)
                .containsExactly("schema:org.tongban.notice", "mail", "database");
    }

    @Test
    void aContributorThatThrowsIsShownAsDown() {
        HealthContributor broken = () -> {
            throw new IllegalStateException("连接池已关闭");
        };
        collector.addContributor(broken);

        assertThat(collector.all()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(Status.DOWN);
            assertThat(entry.detail()).contains("连接池已关闭");
        });
    }

    @Test
    void aRemovedContributorIsNoLongerAsked() {
        HealthContributor database = () -> List.of(ComponentHealth.up("database", "h2"));
        collector.addContributor(database);
        collector.removeContributor(database);

        assertThat(collector.all()).isEmpty();
    }
}
