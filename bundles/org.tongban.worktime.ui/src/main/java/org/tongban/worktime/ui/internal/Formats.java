package org.tongban.worktime.ui.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.tongban.worktime.WorkCalendar;

/** Instants as clerks read them, in the calendars' time zone. */
final class Formats {
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WorkCalendar.ZONE);

    private Formats() {}

    static String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
