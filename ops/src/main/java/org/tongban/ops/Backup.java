package org.tongban.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes one archive with the database and the state files of an instance, which may be running. */
final class Backup {

    private final Instance instance;
    private final boolean withKey;

    /**
     * @param withKey whether the audit chain's key goes into the archive too: only to move a whole instance. By default
     *     it stays out, since the key is what keeps someone who holds the database (or its backups) from rebuilding
     *     the chain; it is backed up apart.
     */
    Backup(Instance instance, boolean withKey) {
        this.instance = instance;
        this.withKey = withKey;
    }

    /** Backs up to {@code target}, or to {@code backups/tongban-<city>-<time>.zip} below the home when null. */
    Path to(Path target) {
        long started = System.nanoTime();
        Path file = target != null ? target.toAbsolutePath() : defaultFile();
        if (Files.exists(file)) {
            throw new OpsException(OpsException.REFUSED, "备份文件已存在：" + file, "the backup file already exists");
        }
        Path work = null;
        try {
            Files.createDirectories(file.getParent());
            work = Files.createTempDirectory(file.getParent(), ".tongban-backup-");
            DatabaseTarget database = instance.database();
            Map<String, Path> entries = new LinkedHashMap<>();
            Path dump = work.resolve("database");
            List<String> changelog = database.dump(dump);
            entries.put(database.entryName(), dump);
            for (String state : Instance.STATE_FILES) {
                Path source = instance.home().resolve(state);
                if (state.equals(Instance.AUDIT_KEY) && !withKey) {
                    continue;
                }
                if (Files.isRegularFile(source)) {
                    entries.put(state, source);
                }
            }
            Map<String, String> checksums = new LinkedHashMap<>();
            for (Map.Entry<String, Path> entry : entries.entrySet()) {
                checksums.put(entry.getKey(), Archive.sha256(entry.getValue()));
            }
            Manifest manifest = new Manifest(
                    Manifest.FORMAT,
                    instance.city(),
                    database.kind(),
                    database.schema(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                    instance.bundleVersions(),
                    changelog,
                    checksums);
            Archive.write(file, manifest, entries);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(
                    "备份完成 (backup written): %s, %s, %d 个文件 (entries), %.1f MB, %d ms%n",
                    file, database.kind(), entries.size(), Files.size(file) / 1e6, millis);
            if (!entries.containsKey(Instance.AUDIT_KEY)) {
                System.out.println("注意：审计密钥 " + Instance.AUDIT_KEY + " 不在备份中，请另行保管；恢复后启动前将其复制回原处"
                        + " (note: the audit key is not in the archive: keep it apart and copy it back before starting a"
                        + " restored instance; --with-key includes it)");
            }
            return file;
        } catch (IOException e) {
            throw H2Target.failed("备份失败", "backup failed", e);
        } finally {
            deleteQuietly(work);
        }
    }

    private Path defaultFile() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String city = instance.city().isBlank() ? "instance" : instance.city();
        return instance.home().resolve("backups").resolve("tongban-" + city + "-" + stamp + ".zip");
    }

    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("tongban: 无法删除临时文件 " + folder + " (could not remove temporary files)");
        }
    }
}
