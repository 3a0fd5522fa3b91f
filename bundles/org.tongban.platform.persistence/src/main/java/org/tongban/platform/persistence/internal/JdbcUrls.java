package org.tongban.platform.persistence.internal;

import java.nio.file.Path;
import java.util.Locale;

/** The default database location and URL handling that must never leak a password. */
final class JdbcUrls {

    private JdbcUrls() {}

    /**
     * The configured URL, or the embedded H2 file database at {@code <home>/data/db/tongban} ({@code ./data/db/tongban}
     * without a home). The pool, not H2's JVM shutdown hook, closes the database, so that bundles still write while
     * the framework stops. An H2 database writes each commit to its file before the commit returns
     * ({@code WRITE_DELAY=0}) unless the URL sets {@code WRITE_DELAY} itself: H2's own default keeps up to half a second
     * of committed transactions in memory, and a node killed with {@code kill -9} lost them (a save the user was told
     * had succeeded, with its audit entry). It costs H2 about a fifth of its commit rate for tiny transactions, still
     * thousands per second.
     */
    static String effectiveUrl(String configured, String home) {
        if (configured != null && !configured.isBlank()) {
            return durable(configured.trim());
        }
        Path data = home == null || home.isBlank() ? Path.of("data") : Path.of(home, "data");
        Path file = data.resolve("db").resolve("tongban").toAbsolutePath().normalize();
        return durable("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private static String durable(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        boolean h2OnDisk = lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:");
        return h2OnDisk && !lower.contains("write_delay") ? url + ";WRITE_DELAY=0" : url;
    }

    /** The URL with any inline password masked, fit for logs and error messages. */
    static String redact(String url) {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
