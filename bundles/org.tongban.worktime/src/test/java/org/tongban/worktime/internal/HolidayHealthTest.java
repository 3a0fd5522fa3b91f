package org.tongban.worktime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.ComponentHealth.Status;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.WorkCalendar;

/** A missing holiday notice shows on /health: DOWN for this year, DEGRADED for the next. */
class HolidayHealthTest {
    // Only coveredYears is called; the shipped data covers 2019-2026.
    private final CalendarService calendars = (CalendarService) java.lang.reflect.Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {CalendarService.class},
            (proxy, method, args) -> TestCalendars.DATA.coveredYears());

    @Test
    void reportsTheStateOfTheShippedData() {
        assertThat(statusOn("2025-12-31T12:00:00Z").status()).isEqualTo(Status.UP);
        ComponentHealth nextMissing = statusOn("2026-11-22T12:00:00Z");
        assertThat(nextMissing.status()).isEqualTo(Status.DEGRADED);
        assertThat(nextMissing.detail()).contains("缺少2027年");
        ComponentHealth thisMissing = statusOn("2027-01-04T12:00:00Z");
        assertThat(thisMissing.status()).isEqualTo(Status.DOWN);
        assertThat(thisMissing.detail()).contains("2019–2026");
    }

    @Test
    void newYearInShanghaiCountsBeforeUtc() {
        // 2026-12-31T17:00Z is already 1 January 2027 in Shanghai.
        assertThat(statusOn("2026-12-31T17:00:00Z").status()).isEqualTo(Status.DOWN);
    }

    private ComponentHealth statusOn(String instant) {
        SortedSet<Integer> ignored = calendars.coveredYears();
        assertThat(ignored).isNotEmpty();
        return new HolidayHealth(calendars, Clock.fixed(Instant.parse(instant), WorkCalendar.ZONE))
                .health()
                .getFirst();
    }
}
