package org.tongban.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.platform.api.health.ComponentHealth.Status;
import org.tongban.testing.Postgres;

class PooledDatabaseTest {

    @TempDir
    Path home;

    @Test
    void theDefaultDatabaseIsAnH2FileBelowTheHome() throws Exception {
        try (PooledDatabase database = PooledDatabase.open(JdbcUrls.effectiveUrl("", home.toString()), "", "", 2)) {
            try (Connection ignored = database.dataSource().getConnection()) {
                assertThat(database.vendor()).isEqualTo("h2");
            }
        }
        assertThat(home.resolve("data/db/tongban.mv.db")).exists();
    }

    @Test
    void healthIsUpWithVendorAndPoolFigures() {
        try (PooledDatabase database = PooledDatabase.open(JdbcUrls.effectiveUrl("", home.toString()), "", "", 4)) {
            var health = database.health();

            assertThat(health.name()).isEqualTo("database");
            assertThat(health.status()).isEqualTo(Status.UP);
            assertThat(health.detail()).startsWith("h2, pool ").endsWith("max 4");
        }
    }

    @Test
    void healthIsDownWithTheReasonWhenTheDatabaseCannotBeReached() {
        String url = "jdbc:postgresql://127.0.0.1:1/tongban";
        try (PooledDatabase database = PooledDatabase.open(url, "nobody", "secret", 1)) {
            var health = database.health();

            assertThat(health.status()).isEqualTo(Status.DOWN);
            assertThat(health.detail()).isNotBlank().doesNotContain("secret");
        }
    }

    @Test
    void refusesUnsupportedDatabases() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PooledDatabase.open("jdbc:oracle:thin:@db:1521/tongban", "", "", 1))
                .withMessageContaining("only H2");
    }

    @Test
    void connectsToPostgresql() {
        Postgres postgres = Postgres.server();
        try (PooledDatabase database = PooledDatabase.open(Postgres.URL, postgres.user(), "", 1)) {
            assertThat(database.vendor()).isEqualTo("postgresql");
            assertThat(database.health().status()).isEqualTo(Status.UP);
        }
    }
}
