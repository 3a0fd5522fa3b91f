package org.tongban.platform.events.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How the view writes times, payloads and errors: one line of plain text each, bounded in length. */
final class EventFormats {
    /** Longest text shown in a cell; the full text (up to {@link #MAX_TOOLTIP}) is in the cell's tooltip. */
    static final int MAX_CELL = 160;

    static final int MAX_TOOLTIP = 2000;

    // Shown in the server's zone, as the console's other views do: administrators and server sit in the same city.
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private EventFormats() {}

    /** The time as {@code 2026-03-01 14:05:09}, or an empty string. */
    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** The payload as {@code key=value} pairs in key order, for example {@code code=370100-XK-001, version=3}. */
    static String payload(Map<String, String> payload) {
        if (payload == null || payload.isEmpty()) {
            return "";
        }
        return new TreeMap<>(payload)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()))
                        .collect(Collectors.joining(", "));
    }

    /** The text on one line, cut to {@code max} characters with an ellipsis; null becomes empty. */
    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }

    /** A cell's text. */
    static String cell(String text) {
        return shorten(text, MAX_CELL);
    }

    /** A cell's tooltip: the whole text where the cell had to cut it, else none. */
    static String tooltip(String text) {
        String full = shorten(text, MAX_TOOLTIP);
        return full.length() > MAX_CELL ? full : null;
    }
}
