package org.tongban.intake.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.LoggerFactory;
import org.tongban.testing.Postgres;
import org.tongban.testing.PostgresSchema;

/** What intake's benchmarks share: quiet logs, the PostgreSQL test server, temporary folders and percentiles. */
final class Bench {
    /** Held so that their levels stay set (java.util.logging keeps loggers only weakly). */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    private Bench() {}

    /** Warnings only, and none of PDFBox's about the font's tables it does not need. */
    static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
            root.getLoggerContext().getLogger("org.apache.fontbox").setLevel(ch.qos.logback.classic.Level.ERROR);
            root.getLoggerContext().getLogger("org.apache.pdfbox").setLevel(ch.qos.logback.classic.Level.ERROR);
        }
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** A throw-away schema on the PostgreSQL test server, or null (and a line saying so) when it does not answer. */
    static PostgresSchema postgresSchema() {
        if (!Postgres.reachable()) {
            System.out.println("postgresql: not reachable at " + Postgres.URL + "; skipped");
            return null;
        }
        return Postgres.server().newSchema();
    }

    static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("could not delete " + folder + ": " + e.getMessage());
        }
    }

    /** The value at {@code fraction} (0.5, 0.99) of the sorted copy of {@code nanos}, in milliseconds. */
    static double percentileMillis(long[] nanos, double fraction) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * fraction))] / 1e6;
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
