package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.tongban.itests.support.Postgres;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/** The Jinan distribution on PostgreSQL: the same changelogs, applied by the extender, and a first start. */
class PostgresPlatformIT {

    @Test
    void jinanRunsOnPostgresqlWithNoDefaultPassword() throws Exception {
        try (Postgres pg = Postgres.freshSchema();
                TongbanInstance jinan = TongbanInstance.of("jinan")
                        .configurations(
                                """
                                {"org.tongban.platform.persistence": {"url": "%s", "user": "%s", "password": ""}}
                                """
                                        .formatted(pg.url(), Postgres.USER))
                        .start()) {
            assertThat(jinan.bundleContext().getBundles())
                    .filteredOn(b -> b.getState() != Bundle.ACTIVE)
                    .isEmpty();
            assertThat(jinan.service(Database.class).vendor()).isEqualTo("postgresql");
            assertThat(tables(pg)).contains("databasechangelog", "notice_item", "sec_user", "sec_audit_log");
            assertThat(jinan.get("/health").body()).contains("\"status\" : \"UP\"");

            // First start outside demo mode: an administrator with a one-time password, nothing known in advance.
            String oneTime = Files.readString(jinan.home().resolve("data/initial-admin-password.txt"))
                    .trim();
            Authenticator authenticator = jinan.service(Authenticator.class);
            assertThat(authenticator
                            .login("admin", "Demo2026admin".toCharArray(), "127.0.0.1")
                            .loggedIn())
                    .isFalse();
            LoginResult first = authenticator.login("admin", oneTime.toCharArray(), "127.0.0.1");
            assertThat(first.outcome()).isEqualTo(LoginResult.Outcome.PASSWORD_CHANGE_REQUIRED);
        }
    }

    private static List<String> tables(Postgres pg) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = pg.connect();
                ResultSet rs = connection.getMetaData().getTables(null, pg.schema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
