package org.tongban.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** Loads an archive into a stopped instance whose database is empty (or, with --force, replaced). */
final class Restore {

    private final Instance instance;

    Restore(Instance instance) {
        this.instance = instance;
    }

    void from(Path file, boolean force) {
        long started = System.nanoTime();
        Path archive = file.toAbsolutePath();
        Manifest manifest = Archive.readChecked(archive);
        DatabaseTarget database = instance.database();
        if (!Objects.equals(manifest.city(), instance.city())) {
            throw new OpsException(
                    OpsException.REFUSED,
                    "备份属于城市 " + manifest.city() + "，此实例是 " + instance.city(),
                    "the backup is of city " + manifest.city() + ", this instance is " + instance.city());
        }
        if (!manifest.database().equals(database.kind())) {
            throw new OpsException(
                    OpsException.REFUSED,
                    "备份的数据库是 " + manifest.database() + "，此实例配置的是 " + database.kind(),
                    "the backup holds a " + manifest.database() + " database, this instance uses " + database.kind());
        }
        Long pid = instance.runningPid();
        if (pid != null) {
            throw new OpsException(
                    OpsException.REFUSED,
                    "实例正在运行（进程 " + pid + "）：请先 bin/tongban stop 再恢复",
                    "the instance is running (pid " + pid + "): stop it first");
        }
        database.refuseIfInUse();
        if (!force && !database.isEmpty()) {
            throw H2Target.notEmpty();
        }
        warnAboutOtherBundles(manifest);
        Path work = null;
        try {
            Files.createDirectories(instance.home().resolve("data"));
            work = Files.createTempDirectory(instance.home().resolve("data"), ".tongban-restore-");
            Path dump = work.resolve("database");
            Archive.extract(archive, database.entryName(), dump);
            database.restore(dump, manifest.schema(), force);
            for (String state : manifest.entries().keySet()) {
                if (Instance.STATE_FILES.contains(state)) {
                    Path target = instance.home().resolve(state);
                    Files.createDirectories(target.getParent());
                    Archive.extract(archive, state, target);
                    Archive.ownerOnly(target);
                }
            }
        } catch (IOException e) {
            throw H2Target.failed("恢复失败", "restore failed", e);
        } finally {
            Backup.deleteQuietly(work);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "恢复完成 (restored): %s 于 %s 的备份 (backup of %s), %d 个变更集 (changesets), %d ms%n",
                manifest.city(),
                manifest.created(),
                manifest.created(),
                manifest.changelog().size(),
                millis);
    }

    /** Other bundle versions are allowed (Liquibase moves the schema forward at start), but the operator should know. */
    private void warnAboutOtherBundles(Manifest manifest) {
        Map<String, String> installed = instance.bundleVersions();
        manifest.bundles().forEach((name, version) -> {
            String now = installed.get(name);
            if (!version.equals(now)) {
                System.out.println("注意：" + name + " 备份时为 " + version + "，现为 " + (now == null ? "未安装" : now)
                        + " (note: bundle version differs from the backup's)");
            }
        });
    }
}
