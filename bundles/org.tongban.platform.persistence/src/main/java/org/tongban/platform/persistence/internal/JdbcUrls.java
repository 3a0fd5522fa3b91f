package org.tongban.platform.persistence.internal;

import java.nio.file.Path;

/** The default database location and URL handling that must never leak a password. */
final class JdbcUrls {

    private JdbcUrls() {}

    /**
     * The configured URL, or the embedded H2 file database at {@code <home>/data/db/tongban} ({@code ./data/db/tongban}
     * without a home). The pool, not H2's JVM shutdown hook, closes the database, so that bundles still write while
     * the framework stops.
     */
    static String effectiveUrl(String configured, String home) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        Path data = home == null || home.isBlank() ? Path.of("data") : Path.of(home, "data");
        Path file = data.resolve("db").resolve("tongban").toAbsolutePath().normalize();
        return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The URL with any inline password masked, fit for logs and error messages. */
    static String redact(String url) {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
