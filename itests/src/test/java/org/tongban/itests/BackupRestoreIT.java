package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.BackupScenario;
import org.tongban.itests.support.Launcher;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.ChainVerification;

/**
 * bin/tongban backup of a running Jinan on its embedded H2 database, and bin/tongban restore into a fresh copy of the
 * distribution that has never started: the copy starts with the same rows and an audit chain that still verifies.
 */
class BackupRestoreIT {

    @Test
    void anOnlineBackupRestoresIntoAnEmptyCopyWithTheSameRowsAndAnIntactAuditChain() throws Exception {
        Path backups = Files.createTempDirectory("tongban-backups-");
        Path archive = backups.resolve("jinan.zip");
        Map<String, List<String>> before;
        List<String> auditBefore;
        byte[] key = null;
        try (TongbanInstance jinan = TongbanInstance.of("jinan").demo().start()) {
            BackupScenario.changeData(jinan);
            before = BackupScenario.snapshot(jinan);
            auditBefore = BackupScenario.auditLog(jinan);

            Launcher.Result backup = Launcher.run(jinan.home(), "backup", "--to", archive.toString(), "--with-key");
            assertThat(backup.exitCode()).as(backup.output()).isZero();
            System.out.printf(
                    "backup of the Jinan demo on H2, instance running: %d ms, %d KB%n",
                    backup.millis(), Files.size(archive) / 1024);

            Launcher.Result refused = Launcher.run(jinan.home(), "restore", archive.toString(), "--force");
            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(3);
            assertThat(refused.output())
                    .contains("实例正在运行")
                    .contains("stop it first")
                    .doesNotContain("Exception");
            Path keyFile = jinan.home().resolve("data/audit-chain.key");
            if (Files.exists(keyFile)) {
                key = Files.readAllBytes(keyFile);
            }
        }

        Launcher.Result[] restore = new Launcher.Result[1];
        try (TongbanInstance restored = TongbanInstance.of("jinan")
                .demo()
                .prepare(home -> restore[0] = Launcher.run(home, "restore", archive.toString()))
                .start()) {
            assertThat(restore[0].exitCode()).as(restore[0].output()).isZero();
            System.out.printf("restore of the Jinan demo on H2 into an empty copy: %d ms%n", restore[0].millis());

            assertThat(BackupScenario.snapshot(restored)).isEqualTo(before);
            assertThat(BackupScenario.auditLog(restored)).startsWith(auditBefore.toArray(String[]::new));
            ChainVerification chain = restored.service(AuditLog.class).verify();
            assertThat(chain.intact()).as("audit chain after restore").isTrue();
            assertThat(chain.entries()).isGreaterThanOrEqualTo(auditBefore.size());
            if (key != null) {
                assertThat(restored.home().resolve("data/audit-chain.key")).hasBinaryContent(key);
            }
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(backups);
        }
    }
}
