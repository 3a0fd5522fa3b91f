package org.tongban.worktime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.ComponentHealth.Status;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.WorkCalendar;

/**
 * A missing holiday notice shows on /health: DEGRADED while a year in use is provisional, naming it; DOWN only where
 * the city turned provisional counting off and this year has no data.
 */
class HolidayHealthTest {

    @Test
    void allDataPresentIsUp() {
        assertThat(health("2025-12-31T12:00:00Z", years(), 0).status()).isEqualTo(Status.UP);
    }

    @Test
    void nextYearProvisionalIsDegradedAndCountsTheClocks() {
        ComponentHealth health = health("2026-12-06T12:00:00Z", years(2027, 2028), 12);
        assertThat(health.status()).isEqualTo(Status.DEGRADED);
        assertThat(health.detail()).contains("2027年节假日数据暂缺").contains("12 个计时的期限为暂定");
    }

    @Test
    void thisYearProvisionalIsDegradedNotDown() {
        // 2026-12-31T17:00Z is already 1 January 2027 in Shanghai.
        ComponentHealth health = health("2026-12-31T17:00:00Z", years(2027, 2028), 0);
        assertThat(health.status()).isEqualTo(Status.DEGRADED);
        assertThat(health.detail()).startsWith("2027年节假日数据暂缺，按暂定计算");
    }

    @Test
    void withoutProvisionalCountingAMissingYearIsDown() {
        ComponentHealth nextMissing = health("2026-11-22T12:00:00Z", years(), 0);
        assertThat(nextMissing.status()).isEqualTo(Status.DEGRADED);
        assertThat(nextMissing.detail()).contains("缺少2027年");
        ComponentHealth thisMissing = health("2027-01-04T12:00:00Z", years(), 0);
        assertThat(thisMissing.status()).isEqualTo(Status.DOWN);
        assertThat(thisMissing.detail()).contains("2019–2026");
    }

    @Test
    void aProvisionalDeadlineFurtherAheadStillShows() {
        ComponentHealth health = health("2025-06-01T12:00:00Z", years(2027, 2028), 3);
        assertThat(health.status()).isEqualTo(Status.DEGRADED);
        assertThat(health.detail()).isEqualTo("3 个计时的期限为暂定（[2027, 2028]年无节假日数据）");
    }

    private static SortedSet<Integer> years(Integer... years) {
        return new TreeSet<>(java.util.List.of(years));
    }

    // The shipped data covers 2019-2026; only the two year methods are called.
    private ComponentHealth health(String instant, SortedSet<Integer> provisional, int openProvisionalClocks) {
        CalendarService calendars = (CalendarService) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {CalendarService.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "coveredYears" -> TestCalendars.DATA.coveredYears();
                    case "provisionalYears" -> provisional;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new HolidayHealth(
                        calendars, () -> openProvisionalClocks, Clock.fixed(Instant.parse(instant), WorkCalendar.ZONE))
                .health()
                .getFirst();
    }
}
