package org.tongban.worktime.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.tongban.worktime.WorkCalendar;

/** A clock the test moves by hand, set in Shanghai local time. */
final class MutableClock extends Clock {
    private Instant now = Instant.parse("2025-01-01T00:00:00Z");

    void set(String localDateTime) {
        now = at(localDateTime);
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return WorkCalendar.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
