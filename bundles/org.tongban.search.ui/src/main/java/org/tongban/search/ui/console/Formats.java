package org.tongban.search.ui.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Values as clerks read them: dates in China Standard Time, in Chinese form unless the console is in English. */
final class Formats {
    /** The platform's time zone: the analytics periods are whole days in it. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CHINESE_MINUTES = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {}

    static boolean english(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return english(locale) ? date.toString() : CHINESE_DATE.format(date);
    }

    static String minutes(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return (english(locale) ? ISO_MINUTES : CHINESE_MINUTES).format(instant.atZone(ZONE));
    }

    /** The share of {@code part} in {@code whole} as a whole percentage, or a dash when there is no whole. */
    static String percent(long part, long whole) {
        return whole <= 0 ? "—" : Math.round(100.0 * part / whole) + "%";
    }

    /** Seconds with one decimal: a rebuild takes from a fraction of a second to minutes. */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration == null ? 0.0 : duration.toMillis() / 1000.0);
    }
}
