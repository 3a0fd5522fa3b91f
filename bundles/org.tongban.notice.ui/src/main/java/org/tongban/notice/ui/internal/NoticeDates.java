package org.tongban.notice.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Formats publication times in the user's language. */
final class NoticeDates {
    // All of China keeps Beijing time, whatever zone the server runs in.
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private NoticeDates() {}

    /** A long date, for example 2025年1月28日, for citizens. */
    static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(ZONE)
                .format(instant);
    }

    /** Date and time to the minute, for clerks. */
    static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZONE)
                .format(instant);
    }
}
