package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.BackupScenario;
import org.tongban.itests.support.Launcher;
import org.tongban.itests.support.Postgres;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.ChainVerification;

/**
 * bin/tongban backup (pg_dump of the city's schema) of a running Jinan on PostgreSQL, and bin/tongban restore
 * (pg_restore) into an empty database under another schema name: the same rows, an audit chain that still verifies,
 * and a second restore onto the filled schema refused.
 */
class PostgresBackupRestoreIT {

    @Test
    void aSchemaDumpRestoresIntoAnEmptyDatabaseWithTheSameRowsAndAnIntactAuditChain() throws Exception {
        Path backups = Files.createTempDirectory("tongban-backups-");
        Path archive = backups.resolve("jinan-pg.zip");
        String database =
                "tb_it_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        boolean created = false;
        try (Postgres pg = Postgres.freshSchema()) {
            Map<String, List<String>> before;
            List<String> auditBefore;
            try (TongbanInstance jinan = TongbanInstance.of("jinan")
                    .demo()
                    .configure(
                            "org.tongban.platform.persistence",
                            Map.of("url", pg.url(), "user", Postgres.USER, "password", ""))
                    .start()) {
                BackupScenario.changeData(jinan);
                before = BackupScenario.snapshot(jinan);
                auditBefore = BackupScenario.auditLog(jinan);

                Launcher.Result backup = Launcher.run(jinan.home(), "backup", "--to", archive.toString(), "--with-key");
                assertThat(backup.exitCode()).as(backup.output()).isZero();
                System.out.printf(
                        "backup of the Jinan demo on PostgreSQL, instance running: %d ms, %d KB%n",
                        backup.millis(), Files.size(archive) / 1024);
            }

            execute(Postgres.URL, "CREATE DATABASE " + database);
            created = true;
            String url = Postgres.URL.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1")
                    + (Postgres.URL.contains("?") ? "&" : "?") + "currentSchema=city";
            Launcher.Result[] restore = new Launcher.Result[1];
            try (TongbanInstance restored = TongbanInstance.of("jinan")
                    .demo()
                    .configure(
                            "org.tongban.platform.persistence",
                            Map.of("url", url, "user", Postgres.USER, "password", ""))
                    .prepare(home -> restore[0] = Launcher.run(home, "restore", archive.toString()))
                    .start()) {
                assertThat(restore[0].exitCode()).as(restore[0].output()).isZero();
                System.out.printf(
                        "restore of the Jinan demo on PostgreSQL into an empty database: %d ms%n", restore[0].millis());
                assertThat(restored.service(Database.class).vendor()).isEqualTo("postgresql");

                assertThat(BackupScenario.snapshot(restored)).isEqualTo(before);
                assertThat(BackupScenario.auditLog(restored)).startsWith(auditBefore.toArray(String[]::new));
                ChainVerification chain = restored.service(AuditLog.class).verify();
                assertThat(chain.intact()).as("audit chain after restore").isTrue();

                Launcher.Result again = Launcher.run(restored.home(), "restore", archive.toString());
                assertThat(again.exitCode()).as(again.output()).isEqualTo(3);
                assertThat(again.output()).contains("不是空的").contains("--force").doesNotContain("Exception");
            }
        } finally {
            if (created) {
                execute(Postgres.URL, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            Files.deleteIfExists(archive);
            Files.deleteIfExists(backups);
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, Postgres.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
