package org.tongban.worktime.internal;

import java.time.LocalDate;
import java.util.Map;
import org.tongban.worktime.DeadlineRules;

/** Calendars built straight from the shipped data, without a database. */
final class TestCalendars {
    static final HolidayData DATA = HolidayData.load(TestCalendars.class.getClassLoader());

    private TestCalendars() {}

    static IndexedCalendar national() {
        return new IndexedCalendar("370100", DATA, Map.of(), Settings.DEFAULTS.defaultOfficeHours());
    }

    static IndexedCalendar withRules(DeadlineRules rules) {
        return new IndexedCalendar("370100", DATA, Map.of(), Settings.DEFAULTS.defaultOfficeHours(), rules, 0);
    }

    /** The national calendar counting the years after the data provisionally, through {@code until}. */
    static IndexedCalendar provisionalThrough(HolidayData data, int until) {
        return new IndexedCalendar(
                "370100", data, Map.of(), Settings.DEFAULTS.defaultOfficeHours(), DeadlineRules.DEFAULTS, until);
    }

    static IndexedCalendar withLocal(Map<LocalDate, Boolean> local) {
        return new IndexedCalendar("370102", DATA, local, Settings.DEFAULTS.defaultOfficeHours());
    }
}
