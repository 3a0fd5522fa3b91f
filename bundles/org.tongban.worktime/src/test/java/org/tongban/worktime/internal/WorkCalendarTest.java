package org.tongban.worktime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.testing.MutableClock.beijing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.worktime.CountingStart;
import org.tongban.worktime.Cutoff;
import org.tongban.worktime.DeadlineRules;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.MissingHolidayDataException;
import org.tongban.worktime.TimeLimit;
import org.tongban.worktime.WorktimeException;

/**
 * Deadlines from the State Council's notices for 2025 (国办发明电〔2024〕12号) and 2026 (国务院办公厅关于2026年部分节假日安排的通知,
 * 2025-11-04), with office hours 09:00-12:00 and 13:30-17:30 in Asia/Shanghai, and the rules of 民法典 第201–204条.
 * Each row was counted by hand on the published calendar and names its source.
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
            2025-01-24T18:00 | 1  | 2025-01-26T17:30 | 民法典 第201条: after hours on Friday, day 1 is the make-up Sunday 26 Jan
            2026-09-18T18:30 | 1  | 2026-09-20T17:30 | 民法典 第201条: after hours on Friday, day 1 is the make-up Sunday 20 Sep 2026
            2025-03-01T10:00 | 1  | 2025-03-03T17:30 | 民法典 第201条: accepted on an ordinary Saturday, day 1 is Monday
            2025-03-01T10:00 | 0  | 2025-03-03T17:30 | same day (当日办结) on a Saturday rolls forward to Monday
            2025-03-03T18:00 | 0  | 2025-03-04T17:30 | same day (当日办结) after hours rolls forward to the next working day
            2025-03-03T07:00 | 1  | 2025-03-04T17:30 | before opening: still that day
            2025-03-03T17:30 | 1  | 2025-03-04T17:30 | at closing time: still that day
            2025-03-03T10:00 | 20 | 2025-03-31T17:30 | within 20 working days, counted from the next day
            2025-03-03T10:00 | 0  | 2025-03-03T17:30 | same working day (当日办结)
            """)
    void addWorkingDays(String accepted, int days, String deadline, String why) {
        assertThat(calendar.addWorkingDays(beijing(accepted), days)).as(why).isEqualTo(beijing(deadline));
        assertThat(calendar.addWorkingDaysByLoop(beijing(accepted), days))
                .as(why)
                .isEqualTo(beijing(deadline));
    }

    /** 1 working day after acceptance, at closing time, on the notices for 2025 and 2026. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2025-04-25T10:00 | 2025-04-27T17:30 | 国办发明电〔2024〕12号 劳动节: Sunday 27 Apr is a make-up working day
            2025-04-30T10:00 | 2025-05-06T17:30 | 国办发明电〔2024〕12号 劳动节: 1-5 May off
            2026-05-08T10:00 | 2026-05-09T17:30 | 2026 notice (2025-11-04) 劳动节: Saturday 9 May is a make-up working day
            2026-04-03T10:00 | 2026-04-07T17:30 | 2026 notice (2025-11-04) 清明节: 4-6 Apr off
            2026-06-18T10:00 | 2026-06-22T17:30 | 2026 notice (2025-11-04) 端午节: 19-21 Jun off
            2026-09-24T10:00 | 2026-09-28T17:30 | 2026 notice (2025-11-04) 中秋节: 25-27 Sep off
            2026-09-18T10:00 | 2026-09-20T17:30 | 2026 notice (2025-11-04) 国庆节: Sunday 20 Sep is a make-up working day
            """)
    void oneWorkingDayOnTheNotices(String accepted, String deadline, String source) {
        assertThat(calendar.deadline(beijing(accepted), TimeLimit.workingDays(1), Cutoff.CLOSING_TIME))
                .as(source)
                .isEqualTo(beijing(deadline));
        assertThat(calendar.addWorkingDays(beijing(accepted), 1)).as(source).isEqualTo(beijing(deadline));
    }

    /** Natural periods, 民法典 第201–203条; the limits are those of the laws named. */
    @ParameterizedTest(name = "{5}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2025-09-15T10:00 | 60 | NATURAL_DAYS  | CLOSING_TIME | 2025-11-14T17:30 | 居民身份证法 第12条 六十日: day 60 is Friday 14 Nov
            2025-09-15T10:00 | 60 | NATURAL_DAYS  | END_OF_DAY   | 2025-11-15T00:00 | 民法典 第203条第2款: 24:00 of the last day
            2025-03-03T10:00 | 60 | NATURAL_DAYS  | CLOSING_TIME | 2025-05-06T17:30 | 工伤保险条例 第20条 60日: day 60 is 2 May in 劳动节 1-5 May (第203条)
            2025-09-16T10:00 | 15 | NATURAL_DAYS  | CLOSING_TIME | 2025-10-09T17:30 | 护照法 第6条 十五日: day 15 is 1 Oct in 国庆 1-8 Oct (第203条)
            2025-09-16T10:00 | 15 | NATURAL_DAYS  | END_OF_DAY   | 2025-10-10T00:00 | 民法典 第203条: moved off the holiday, cut off at 24:00
            2025-03-03T10:00 | 5  | NATURAL_DAYS  | CLOSING_TIME | 2025-03-10T17:30 | 民法典 第203条: day 5 is a Saturday, ends Monday
            2025-03-03T20:00 | 1  | NATURAL_DAYS  | CLOSING_TIME | 2025-03-04T17:30 | 民法典 第201条: after hours, counted from the next date
            2025-03-01T10:00 | 2  | NATURAL_DAYS  | CLOSING_TIME | 2025-03-03T17:30 | 民法典 第201条: accepted on Saturday, day 2 is Monday
            2025-03-01T10:00 | 0  | NATURAL_DAYS  | CLOSING_TIME | 2025-03-03T17:30 | same day on a Saturday rolls forward to Monday
            2025-01-31T10:00 | 1  | MONTHS        | CLOSING_TIME | 2025-02-28T17:30 | 民法典 第202条: no 31 Feb, the last day of the month
            2024-01-31T10:00 | 1  | MONTHS        | CLOSING_TIME | 2024-02-29T17:30 | 民法典 第202条: leap year
            2025-03-15T10:00 | 1  | MONTHS        | CLOSING_TIME | 2025-04-15T17:30 | 民法典 第202条: the corresponding day
            2025-09-01T10:00 | 1  | MONTHS        | CLOSING_TIME | 2025-10-09T17:30 | 民法典 第203条: 1 Oct 2025 is in 国庆 1-8 Oct
            2025-09-30T20:00 | 24 | NATURAL_HOURS | CLOSING_TIME | 2025-10-01T20:00 | 民法典 第201条第2款: 24 hours around the clock, holiday or not
            2025-03-03T11:00 | 2  | WORKING_HOURS | CLOSING_TIME | 2025-03-03T14:30 | working hours skip the lunch break
            2025-03-03T10:00 | 1  | WORKING_DAYS  | END_OF_DAY   | 2025-03-05T00:00 | 民法典 第203条第2款: 24:00 of working day 1
            """)
    void naturalPeriodsAndCutoffs(
            String accepted, int amount, LimitUnit unit, Cutoff cutoff, String deadline, String source) {
        assertThat(calendar.deadline(beijing(accepted), new TimeLimit(amount, unit), cutoff))
                .as(source)
                .isEqualTo(beijing(deadline));
    }

    @Test
    void workingDaysWouldGiveTheWrongIdentityCardDeadline() {
        // 行政许可法 第82条: working days only where the law sets them; 居民身份证法 第12条 sets 六十日.
        assertThat(calendar.deadline(beijing("2025-09-15T10:00"), TimeLimit.workingDays(60)))
                .isEqualTo(beijing("2025-12-12T17:30"));
        assertThat(calendar.deadline(beijing("2025-09-15T10:00"), TimeLimit.naturalDays(60)))
                .isEqualTo(beijing("2025-11-14T17:30"));
    }

    @Test
    void aJurisdictionMayStartCountingOnTheNextWorkingDay() {
        // A local rule "非工作时间提交的，视为下一工作日受理": the acceptance day moves, then counting starts after it.
        IndexedCalendar nextWorkingDay =
                TestCalendars.withRules(new DeadlineRules(CountingStart.NEXT_WORKING_DAY, true));

        assertThat(nextWorkingDay.addWorkingDays(beijing("2025-03-01T10:00"), 1))
                .isEqualTo(beijing("2025-03-04T17:30"));
        assertThat(nextWorkingDay.addWorkingDays(beijing("2025-01-24T18:00"), 1))
                .isEqualTo(beijing("2025-01-27T17:30"));
        assertThat(nextWorkingDay.addWorkingDaysByLoop(beijing("2025-01-24T18:00"), 1))
                .isEqualTo(beijing("2025-01-27T17:30"));
        assertThat(nextWorkingDay.deadline(beijing("2025-03-01T10:00"), TimeLimit.naturalDays(2)))
                .isEqualTo(beijing("2025-03-05T17:30"));
        assertThat(nextWorkingDay.workingDaysBetween(beijing("2025-03-01T10:00"), beijing("2025-03-03T17:00")))
                .isZero();
    }

    @Test
    void movingTheLastDayOffADayOffCanBeTurnedOff() {
        IndexedCalendar literal = TestCalendars.withRules(new DeadlineRules(CountingStart.CALENDAR_DATE, false));

        assertThat(literal.deadline(beijing("2025-03-03T10:00"), TimeLimit.naturalDays(60)))
                .isEqualTo(beijing("2025-05-02T17:30"));
        assertThat(literal.deadline(beijing("2025-03-03T10:00"), TimeLimit.naturalDays(60), Cutoff.END_OF_DAY))
                .isEqualTo(beijing("2025-05-03T00:00"));
    }

    @Test
    void timeLimitsAreValidated() {
        assertThatThrownBy(() -> TimeLimit.naturalDays(-1))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("时限不能为负数：-1");
        assertThatThrownBy(() -> new TimeLimit(1, null))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("请指定时限单位");
        assertThat(TimeLimit.months(2)).isEqualTo(new TimeLimit(2, LimitUnit.MONTHS));
        assertThat(LimitUnit.NATURAL_HOURS.countsDays()).isFalse();
        assertThat(LimitUnit.MONTHS.countsDays()).isTrue();
    }

    @Test
    void naturalHoursNeedNoHolidayData() {
        assertThat(calendar.deadline(beijing("2027-03-01T10:00"), TimeLimit.naturalHours(24)))
                .isEqualTo(beijing("2027-03-02T10:00"));
        assertThatThrownBy(() -> calendar.deadline(beijing("2026-12-15T10:00"), TimeLimit.naturalDays(30)))
                .isInstanceOf(MissingHolidayDataException.class);
    }

    @Test
    void perJurisdictionCountingStartIsParsed() {
        assertThat(Settings.countingStarts(new String[] {"370100 = NEXT_WORKING_DAY", " "}))
                .containsExactly(Map.entry("370100", CountingStart.NEXT_WORKING_DAY));
        assertThatThrownBy(() -> Settings.countingStarts(new String[] {"370100:NEXT"}))
                .isInstanceOf(WorktimeException.class)
                .hasMessageContaining("370100:NEXT");
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
        assertThat(calendar.addWorkingHours(beijing(start), hours)).as(why).isEqualTo(beijing(deadline));
    }

    @Test
    void countsWorkingDaysAndOfficeTimeBetween() {
        assertThat(calendar.workingDaysBetween(beijing("2025-01-24T10:00"), beijing("2025-02-05T15:00")))
                .isEqualTo(3);
        assertThat(calendar.workingDaysBetween(beijing("2025-03-03T10:00"), beijing("2025-03-03T17:00")))
                .isZero();
        assertThat(calendar.workingTimeBetween(beijing("2025-01-27T16:30"), beijing("2025-02-05T12:00")))
                .isEqualTo(Duration.ofHours(4));
        // 民法典 第201条: from a Saturday or after hours, the next working day is already day 1.
        assertThat(calendar.workingDaysBetween(beijing("2025-03-01T10:00"), beijing("2025-03-03T17:00")))
                .isEqualTo(1);
        assertThat(calendar.workingDaysBetween(beijing("2025-01-24T18:00"), beijing("2025-01-26T10:00")))
                .isEqualTo(1);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-26"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-08"))).isFalse();
    }

    @Test
    void localDaysOverrideTheNationalCalendar() {
        IndexedCalendar lixia = TestCalendars.withLocal(
                Map.of(LocalDate.parse("2025-03-05"), false, LocalDate.parse("2025-03-08"), true));

        assertThat(lixia.addWorkingDays(beijing("2025-03-03T10:00"), 2)).isEqualTo(beijing("2025-03-06T17:30"));
        assertThat(lixia.addWorkingDays(beijing("2025-03-06T10:00"), 2)).isEqualTo(beijing("2025-03-08T17:30"));
    }

    @Test
    void aYearWithoutDataFailsLoudlyWhenNotCountedProvisionally() {
        assertThat(TestCalendars.DATA.coveredYears()).contains(2019, 2025, 2026).doesNotContain(2027);
        assertThatThrownBy(() -> calendar.addWorkingDays(beijing("2026-12-28T10:00"), 5))
                .isInstanceOf(MissingHolidayDataException.class)
                .hasMessageContaining("缺少2027年")
                .extracting(e -> ((MissingHolidayDataException) e).year())
                .isEqualTo(2027);
        assertThatThrownBy(() -> calendar.addWorkingDays(beijing("2018-06-01T10:00"), 1))
                .isInstanceOf(MissingHolidayDataException.class)
                .hasMessageContaining("2018");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.parse("2027-01-04")))
                .isInstanceOf(MissingHolidayDataException.class);
    }

    @Test
    void negativeAmountsAreRejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(beijing("2025-03-03T10:00"), -1))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("工作日数不能为负数：-1");
        assertThatThrownBy(() -> calendar.addWorkingHours(beijing("2025-03-03T10:00"), -2))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("工作小时数不能为负数：-2");
    }

    @Test
    void theIndexAgreesWithTheDayByDayLoopEverywhere() {
        Random random = new Random(42);
        Instant first = beijing("2019-01-01T00:00");
        for (int i = 0; i < 20_000; i++) {
            Instant accepted = first.plusSeconds(random.nextLong(7L * 365 * 86_400));
            int days = random.nextInt(60);
            assertThat(calendar.addWorkingDays(accepted, days))
                    .as("%s + %d", accepted, days)
                    .isEqualTo(calendar.addWorkingDaysByLoop(accepted, days));
        }
    }
}
