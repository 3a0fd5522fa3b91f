package org.tongban.catalogue.ui.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Values as clerks read them: times in China Standard Time, empty text for missing values. */
final class Formats {
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private Formats() {}

    static String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** {@code null} for blank input, so that an optional field left empty is stored as absent. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The editor's address for a matter code; codes may hold characters that are not safe in a path. */
    static String editorPath(String code) {
        return "console/catalogue/"
                + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A file size as clerks read it: bytes, KB or MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
