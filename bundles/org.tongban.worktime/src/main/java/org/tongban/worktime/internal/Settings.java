package org.tongban.worktime.internal;

import org.tongban.worktime.OfficeHours;

/** The configuration in the form the code uses; tests build it directly. */
record Settings(OfficeHours defaultOfficeHours, int warningWorkingDays, int warningPercent, long cacheMillis) {

    static final Settings DEFAULTS = new Settings(OfficeHours.parse("09:00-12:00,13:30-17:30"), 2, 80, 60_000);

    static Settings of(WorktimeConfig config) {
        return new Settings(
                OfficeHours.parse(config.defaultOfficeHours()),
                config.warningWorkingDays(),
                config.warningPercent(),
                config.calendarCacheSeconds() * 1000L);
    }
}
