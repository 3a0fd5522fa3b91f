package org.tongban.platform.console.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats shared by the views; times are shown in the server's zone, as clerks and server sit in the same city. */
public final class ConsoleFormats {
    /** The menu group of every administration view. */
    public static final String SYSTEM_GROUP = "console.group.system";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private ConsoleFormats() {}

    /** The time as {@code 2025-03-01 14:05:09}, or an empty string. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
