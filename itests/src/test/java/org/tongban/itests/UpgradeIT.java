package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.Postgres;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.platform.api.security.LoginResult;

/**
 * The database of release 0.1 (commit 4d2e6a2: the Jinan demo with a few changes, on H2 and on PostgreSQL, see
 * {@code upgrade/README.md}) started by the current distribution: Liquibase brings every bundle's schema forward and
 * the data stays. Accounts log in with their 0.1 passwords, the notice, the local day off and the withdrawn guide made
 * in 0.1 are there, guides search, and the audit chain written without a key by 0.1 still verifies, now continued
 * with keyed hashes.
 */
class UpgradeIT {
    private static final String FIXTURE = "/upgrade/tongban-0.1-jinan-h2.zip";
    private static final String PG_FIXTURE = "/upgrade/tongban-0.1-jinan-pg.sql.gz";
    /** The schema the PostgreSQL dump was taken from. */
    private static final String PG_FIXTURE_SCHEMA = "tb_upgrade01";

    private static final String WITHDRAWN_IN_0_1 = "370100-XSP-XK-005";

    @Test
    void theH2DatabaseOfRelease01StartsWithTheNewBundlesAndKeepsItsData() throws Exception {
        long started = System.nanoTime();
        try (TongbanInstance jinan =
                TongbanInstance.of("jinan").prepare(UpgradeIT::restoreRelease01).start()) {
            System.out.printf(
                    "upgrade: 0.1 H2 database started by this build in %.1f s%n", (System.nanoTime() - started) / 1e9);
            keptItsData(jinan);
        }
    }

    @Test
    void thePostgresqlSchemaOfRelease01StartsWithTheNewBundlesAndKeepsItsData() throws Exception {
        try (Postgres pg = Postgres.freshSchema()) {
            String dump;
            try (var in = new GZIPInputStream(UpgradeIT.class.getResourceAsStream(PG_FIXTURE))) {
                dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            // pg_dump's plain format, with inserts: one script the driver runs as it is, in this test's own schema.
            dump = dump.replace("CREATE SCHEMA " + PG_FIXTURE_SCHEMA + ";", "").replace(PG_FIXTURE_SCHEMA, pg.schema());
            try (Connection c = pg.connect();
                    Statement s = c.createStatement()) {
                s.execute(dump);
            }
            long started = System.nanoTime();
            try (TongbanInstance jinan = TongbanInstance.of("jinan")
                    .configure(
                            "org.tongban.platform.persistence",
                            Map.of("url", pg.url(), "user", Postgres.USER, "password", ""))
                    .start()) {
                System.out.printf(
                        "upgrade: 0.1 PostgreSQL schema started by this build in %.1f s%n",
                        (System.nanoTime() - started) / 1e9);
                keptItsData(jinan);
            }
        }
    }

    private static void keptItsData(TongbanInstance jinan) throws Exception {
        assertThat(column(jinan, "SELECT id FROM databasechangelog"))
                .as("changesets added since 0.1 ran")
                .contains("security-6-api-tokens", "events-1-outbox");

        Authenticator authenticator = jinan.service(Authenticator.class);
        LoginResult admin = authenticator.login("admin", "Demo2026admin".toCharArray(), "127.0.0.1");
        assertThat(admin.loggedIn()).as("admin with the password of 0.1").isTrue();
        assertThat(authenticator
                        .login("city.clerk", "Upgrade2026city!".toCharArray(), "127.0.0.1")
                        .loggedIn())
                .as("the password city.clerk chose in 0.1")
                .isTrue();
        assertThat(authenticator
                        .login("city.clerk", "Demo2026city".toCharArray(), "127.0.0.1")
                        .loggedIn())
                .as("and not the one it replaced")
                .isFalse();

        assertThat(column(jinan, "SELECT title FROM notice_item WHERE jurisdiction_code = '370102'"))
                .contains("升级测试：0.1 版发布的公告");
        assertThat(column(jinan, "SELECT note FROM worktime_local_day WHERE local_date = DATE '2027-03-15'"))
                .containsExactly("升级测试：大厅检修");

        TongbanInstance.await(
                Duration.ofSeconds(90), () -> search(jinan, "营业执照").contains("\"matterCode\""));
        assertThat(search(jinan, "食品经营许可"))
                .as("the guide withdrawn in 0.1 stays out of search")
                .doesNotContain(WITHDRAWN_IN_0_1);

        ChainVerification chain = jinan.service(AuditLog.class).verify();
        assertThat(chain.intact())
                .as("the audit chain of 0.1, continued after the upgrade")
                .isTrue();
        assertThat(column(jinan, "SELECT detail FROM sec_audit_log WHERE detail IS NOT NULL"))
                .as("the audit entries of the changes made in 0.1")
                .anyMatch(d -> d.contains("升级测试：0.1 版发布的公告"))
                .anyMatch(d -> d.contains("升级测试：撤回"));

        // And the upgraded node works: a new notice, audited and chained with the key.
        authenticator.bind(admin.session());
        try {
            TongbanInstance.call(
                    jinan.service("org.tongban.notice.NoticeService"), "publish", "370102", "升级后发布的公告", "正常");
        } finally {
            authenticator.bind(null);
        }
        TongbanInstance.await(
                Duration.ofSeconds(30),
                () -> column(jinan, "SELECT detail FROM sec_audit_log WHERE detail IS NOT NULL").stream()
                        .anyMatch(d -> d.contains("升级后发布的公告")));
        assertThat(jinan.service(AuditLog.class).verify().intact()).isTrue();
        assertThat(jinan.get("/health").statusCode()).isEqualTo(200);
    }

    /** Runs the 0.1 database script into the empty copy's H2 file, where its configuration looks for it. */
    private static void restoreRelease01(Path home) throws Exception {
        Path script = Files.createTempFile("tongban-0.1-", ".zip");
        try {
            try (var in = UpgradeIT.class.getResourceAsStream(FIXTURE)) {
                Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/db/tongban"), "", "");
                    Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + script + "' COMPRESSION ZIP");
            }
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String search(TongbanInstance jinan, String query) {
        try {
            var answer = jinan.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            return answer.statusCode() == 200 ? answer.body() : "";
        } catch (java.io.IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static List<String> column(TongbanInstance jinan, String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = jinan.service(Database.class).dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return values;
    }
}
