package org.tongban.platform.console.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Formats shared by the views. Times are shown in China Standard Time, labelled, whatever zone the server runs in: the
 * same times the case pages and notices show.
 */
public final class ConsoleFormats {
    /** The menu group of every administration view. */
    public static final String SYSTEM_GROUP = "console.group.system";

    /** The zone of every time shown in the console. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private ConsoleFormats() {}

    /** The time as {@code 2025-03-01 14:05:09}, or an empty string. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
