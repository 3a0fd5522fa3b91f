package org.tongban.platform.files.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.scheduler.Job;
import org.tongban.platform.scheduler.ScheduledJob;

/**
 * Removes from the file store what no row refers to: content written by an upload whose transaction then rolled back,
 * and temporary files of a write cut off by a crash. Only files older than a day go, so an upload still in its
 * transaction is never touched. Nothing to do when uploads are kept in the database.
 */
@Component(service = ScheduledJob.class, configurationPid = JdbcFileStore.PID)
@Job(name = "files-unreferenced-sweep", period = 6 * 3600)
public final class UnreferencedFileSweep implements ScheduledJob {
    static final Duration GRACE = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(UnreferencedFileSweep.class);

    private final Database database;
    private final ContentLocation directory;
    private final Clock clock;

    @Activate
    public UnreferencedFileSweep(@Reference Database database, FilesConfig config, BundleContext context) {
        this(database, JdbcFileStore.directory(config, context), Clock.systemUTC());
    }

    UnreferencedFileSweep(Database database, ContentLocation directory, Clock clock) {
        this.database = database;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void run() throws IOException {
        if (directory == null || !Files.isDirectory(directory.root())) {
            return;
        }
        Instant before = clock.instant().minus(GRACE);
        List<Path> old;
        try (Stream<Path> files = Files.walk(directory.root(), 2)) {
            old = files.filter(Files::isRegularFile)
                    .filter(file -> modifiedBefore(file, before))
                    .toList();
        }
        int removed = 0;
        for (Path file : old) {
            String name = file.getFileName().toString();
            if (name.endsWith(".part") || !referenced(name)) {
                Files.deleteIfExists(file);
                removed++;
            }
        }
        if (removed > 0) {
            LOG.info("Removed {} unreferenced files from the file store {}", removed, directory.root());
        }
    }

    private boolean referenced(String sha256) {
        return database.transactions().read(c -> Jdbc.one(
                        c, "SELECT 1 FROM platform_file WHERE sha256 = ? AND location IS NOT NULL", r -> 1, sha256)
                .isPresent());
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }
}
