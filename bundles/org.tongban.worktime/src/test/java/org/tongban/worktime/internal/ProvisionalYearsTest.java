package org.tongban.worktime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.testing.MutableClock.beijing;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongban.worktime.MissingHolidayDataException;
import org.tongban.worktime.TimeLimit;
import org.tongban.worktime.WorkCalendar;

/**
 * WorkCalendar rule 3: a year whose State Council notice is not published yet is counted provisionally, weekends only,
 * and its deadlines are marked; loading the notice gives the final deadline.
 */
class ProvisionalYearsTest {
    // A 2027 notice for the tests only (the State Council had not published 2027's when this was written): 元旦 off.
    static final String NOTICE_2027 =
            """
            {"year": 2027, "papers": ["https://www.gov.cn/example-2027"], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-03", "isOffDay": true}]}
            """;

    private final WorkCalendar provisional = TestCalendars.provisionalThrough(TestCalendars.DATA, 2028);

    @Test
    void aDeadlineInAYearWithoutANoticeIsCountedOnWeekdaysAndMarkedProvisional() {
        // Accepted Friday 2026-12-04: 20 working days reach Friday 2027-01-01, which 2027's notice may well make 元旦.
        var deadline = provisional.addWorkingDays(beijing("2026-12-04T10:00"), 20);
        assertThat(deadline).isEqualTo(beijing("2027-01-01T17:30"));
        assertThat(provisional.isProvisional(deadline)).isTrue();
        assertThat(provisional.provisionalYears()).containsExactly(2027, 2028);

        var inCoveredYear = provisional.addWorkingDays(beijing("2026-12-04T10:00"), 5);
        assertThat(inCoveredYear).isEqualTo(beijing("2026-12-11T17:30"));
        assertThat(provisional.isProvisional(inCoveredYear)).isFalse();
    }

    @Test
    void theLoadedNoticeGivesTheFinalDeadline() {
        HolidayData with2027 = TestCalendars.DATA.withYear(HolidayFile.parse(NOTICE_2027));
        WorkCalendar calendar = TestCalendars.provisionalThrough(with2027, 2028);

        var deadline = calendar.addWorkingDays(beijing("2026-12-04T10:00"), 20);
        assertThat(deadline).isEqualTo(beijing("2027-01-04T17:30"));
        assertThat(calendar.isProvisional(deadline)).isFalse();
        assertThat(calendar.provisionalYears()).containsExactly(2028);
        assertThat(with2027.version()).isEqualTo("2019-2027");
    }

    @Test
    void naturalPeriodsAreProvisionalToo() {
        // 30 日 from 2026-12-15 ends on 2027-01-14, a Thursday: provisional, as a holiday could move it (民法典 第203条).
        var deadline = provisional.deadline(beijing("2026-12-15T10:00"), TimeLimit.naturalDays(30));
        assertThat(deadline).isEqualTo(beijing("2027-01-14T17:30"));
        assertThat(provisional.isProvisional(deadline)).isTrue();
    }

    @Test
    void beyondTheProvisionalYearsACountStillFailsLoudly() {
        assertThatThrownBy(() -> provisional.addWorkingDays(beijing("2028-12-20T10:00"), 20))
                .isInstanceOf(MissingHolidayDataException.class)
                .extracting(e -> ((MissingHolidayDataException) e).year())
                .isEqualTo(2029);
        assertThatThrownBy(() -> provisional.isWorkingDay(LocalDate.parse("2029-01-02")))
                .isInstanceOf(MissingHolidayDataException.class);
    }

    @Test
    void withProvisionalCountingOffAMissingYearIsRefused() {
        WorkCalendar strict = TestCalendars.provisionalThrough(TestCalendars.DATA, 0);
        assertThat(strict.provisionalYears()).isEmpty();
        assertThatThrownBy(() -> strict.addWorkingDays(beijing("2026-12-04T10:00"), 20))
                .isInstanceOf(MissingHolidayDataException.class)
                .hasMessageContaining("2027");
    }

    @Test
    void aGapBetweenYearsIsProvisionalAndNeverSkipped() {
        HolidayData gap = TestCalendars.DATA.withYear(HolidayFile.parse(NOTICE_2027.replace("2027", "2028")));
        assertThat(gap.version()).isEqualTo("2019-2026,2028");
        WorkCalendar calendar = TestCalendars.provisionalThrough(gap, 2028);
        assertThat(calendar.provisionalYears()).containsExactly(2027);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2028-01-03"))).isFalse();

        WorkCalendar strict = TestCalendars.provisionalThrough(gap, 0);
        assertThatThrownBy(() -> strict.isWorkingDay(LocalDate.parse("2028-01-03")))
                .isInstanceOf(MissingHolidayDataException.class);
    }
}
