package org.tongban.worktime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.worktime.internal.MutableClock.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.worktime.MissingHolidayDataException;
import org.tongban.worktime.WorktimeException;

/**
 * Deadlines from the State Council's notices for 2025 (国办发明电〔2024〕12号) and 2026, with office hours
 * 09:00-12:00 and 13:30-17:30 in Asia/Shanghai. Each row was counted by hand on the published calendar.
 */
class WorkCalendarTest {
    private final IndexedCalendar calendar = TestCalendars.national();

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2025-01-24T10:00 | 3  | 2025-02-05T17:30 | Spring Festival 2025: make-up Sunday 26 Jan counts, 28 Jan-4 Feb off
            2025-02-06T10:00 | 2  | 2025-02-08T17:30 | Spring Festival 2025: make-up Saturday 8 Feb is the 2nd day
            2025-09-26T10:00 | 5  | 2025-10-10T17:30 | National Day 2025: make-up Sunday 28 Sep counts, 1-8 Oct off
            2025-09-26T10:00 | 6  | 2025-10-11T17:30 | National Day 2025: make-up Saturday 11 Oct is the 6th day
            2025-12-29T10:00 | 3  | 2026-01-04T17:30 | spans New Year: 1-3 Jan 2026 off, Sunday 4 Jan make-up
            2026-01-04T10:00 | 1  | 2026-01-05T17:30 | starts on the make-up Sunday 4 Jan 2026
            2026-02-14T10:00 | 2  | 2026-02-25T17:30 | starts on the make-up Saturday 14 Feb 2026, 15-23 Feb off
            2026-02-26T10:00 | 2  | 2026-02-28T17:30 | Spring Festival 2026: make-up Saturday 28 Feb
            2026-09-30T10:00 | 2  | 2026-10-09T17:30 | National Day 2026: 1-7 Oct off
            2026-09-30T10:00 | 3  | 2026-10-10T17:30 | National Day 2026: make-up Saturday 10 Oct
            2025-01-24T18:00 | 1  | 2025-01-27T17:30 | after hours: accepted on the make-up Sunday 26 Jan, due Monday
            2026-09-18T18:30 | 1  | 2026-09-21T17:30 | after hours: accepted on the make-up Sunday 20 Sep 2026
            2025-03-01T10:00 | 1  | 2025-03-04T17:30 | accepted on an ordinary Saturday: as if on Monday
            2025-03-03T07:00 | 1  | 2025-03-04T17:30 | before opening: still that day
            2025-03-03T17:30 | 1  | 2025-03-04T17:30 | at closing time: still that day
            2025-03-03T10:00 | 20 | 2025-03-31T17:30 | within 20 working days, counted from the next day
            2025-03-03T10:00 | 0  | 2025-03-03T17:30 | same working day (当日办结)
            """)
    void addWorkingDays(String accepted, int days, String deadline, String why) {
        assertThat(calendar.addWorkingDays(at(accepted), days)).as(why).isEqualTo(at(deadline));
        assertThat(calendar.addWorkingDaysByLoop(at(accepted), days)).as(why).isEqualTo(at(deadline));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2025-03-03T11:00 | 2 | 2025-03-03T14:30 | lunch break does not count
            2025-03-03T12:15 | 1 | 2025-03-03T14:30 | started in the lunch break: from 13:30
            2025-01-27T16:30 | 4 | 2025-02-05T12:00 | Spring Festival 2025 does not count
            2025-03-07T17:00 | 1 | 2025-03-10T09:30 | over a weekend
            2025-03-03T20:00 | 7 | 2025-03-04T17:30 | after hours: a whole office day from the next morning
            """)
    void addWorkingHours(String start, int hours, String deadline, String why) {
        assertThat(calendar.addWorkingHours(at(start), hours)).as(why).isEqualTo(at(deadline));
    }

    @Test
    void countsWorkingDaysAndOfficeTimeBetween() {
        assertThat(calendar.workingDaysBetween(at("2025-01-24T10:00"), at("2025-02-05T15:00")))
                .isEqualTo(3);
        assertThat(calendar.workingDaysBetween(at("2025-03-03T10:00"), at("2025-03-03T17:00")))
                .isZero();
        assertThat(calendar.workingTimeBetween(at("2025-01-27T16:30"), at("2025-02-05T12:00")))
                .isEqualTo(Duration.ofHours(4));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-26"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-08"))).isFalse();
    }

    @Test
    void localDaysOverrideTheNationalCalendar() {
        IndexedCalendar lixia = TestCalendars.withLocal(
                Map.of(LocalDate.parse("2025-03-05"), false, LocalDate.parse("2025-03-08"), true));

        assertThat(lixia.addWorkingDays(at("2025-03-03T10:00"), 2)).isEqualTo(at("2025-03-06T17:30"));
        assertThat(lixia.addWorkingDays(at("2025-03-06T10:00"), 2)).isEqualTo(at("2025-03-08T17:30"));
    }

    @Test
    void aYearWithoutDataFailsLoudly() {
        assertThat(TestCalendars.DATA.coveredYears()).contains(2019, 2025, 2026).doesNotContain(2027);
        assertThatThrownBy(() -> calendar.addWorkingDays(at("2026-12-28T10:00"), 5))
                .isInstanceOf(MissingHolidayDataException.class)
                .hasMessageContaining("缺少2027年")
                .extracting(e -> ((MissingHolidayDataException) e).year())
                .isEqualTo(2027);
        assertThatThrownBy(() -> calendar.addWorkingDays(at("2018-06-01T10:00"), 1))
                .isInstanceOf(MissingHolidayDataException.class)
                .hasMessageContaining("2018");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.parse("2027-01-04")))
                .isInstanceOf(MissingHolidayDataException.class);
    }

    @Test
    void negativeAmountsAreRejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(at("2025-03-03T10:00"), -1))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("工作日数不能为负数：-1");
        assertThatThrownBy(() -> calendar.addWorkingHours(at("2025-03-03T10:00"), -2))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("工作小时数不能为负数：-2");
    }

    @Test
    void theIndexAgreesWithTheDayByDayLoopEverywhere() {
        Random random = new Random(42);
        Instant first = at("2019-01-01T00:00");
        for (int i = 0; i < 20_000; i++) {
            Instant accepted = first.plusSeconds(random.nextLong(7L * 365 * 86_400));
            int days = random.nextInt(60);
            assertThat(calendar.addWorkingDays(accepted, days))
                    .as("%s + %d", accepted, days)
                    .isEqualTo(calendar.addWorkingDaysByLoop(accepted, days));
        }
    }
}
