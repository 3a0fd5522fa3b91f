package org.tongban.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalogue.internal.LimitSpans.Order.BEYOND;
import static org.tongban.catalogue.internal.LimitSpans.Order.UNDECIDABLE;
import static org.tongban.catalogue.internal.LimitSpans.Order.WITHIN;

import org.junit.jupiter.api.Test;
import org.tongban.catalogue.Limit;

class LimitSpansTest {

    @Test
    void theSameUnitComparesTheAmounts() {
        assertThat(LimitSpans.compare(Limit.naturalDays(30), Limit.naturalDays(60)))
                .isEqualTo(WITHIN);
        assertThat(LimitSpans.compare(Limit.naturalDays(60), Limit.naturalDays(60)))
                .isEqualTo(WITHIN);
        assertThat(LimitSpans.compare(Limit.workingDays(21), Limit.workingDays(20)))
                .isEqualTo(BEYOND);
    }

    @Test
    void workingDaysWellInsideNaturalDaysAlwaysFit() {
        // 居民身份证: 60 日 legal (居民身份证法 第十二条); 15 working days end within 60 日 whatever the holidays.
        assertThat(LimitSpans.compare(Limit.workingDays(15), Limit.naturalDays(60)))
                .isEqualTo(WITHIN);
        assertThat(LimitSpans.compare(Limit.workingDays(20), Limit.months(3))).isEqualTo(WITHIN);
    }

    @Test
    void workingDaysCloseToNaturalDaysDependOnTheHolidays() {
        // 护照 accepted Friday 2026-02-13: 7 working days end on 2026-03-02 (Spring Festival 02-15..02-23), two days
        // after 15 日 (2026-02-28, a make-up working day). No unit can say "always within".
        assertThat(LimitSpans.compare(Limit.workingDays(7), Limit.naturalDays(15)))
                .isEqualTo(UNDECIDABLE);
    }

    @Test
    void monthsAreTwentyEightToThirtyOneDays() {
        assertThat(LimitSpans.compare(Limit.naturalDays(28), Limit.months(1))).isEqualTo(WITHIN);
        assertThat(LimitSpans.compare(Limit.naturalDays(30), Limit.months(1))).isEqualTo(UNDECIDABLE);
        assertThat(LimitSpans.compare(Limit.naturalDays(32), Limit.months(1))).isEqualTo(BEYOND);
        // 专利侵权纠纷裁决: 3 个月 and one more month is 4 months, more than 90 日 in any quarter.
        assertThat(LimitSpans.compare(Limit.months(4), Limit.naturalDays(90))).isEqualTo(BEYOND);
        assertThat(LimitSpans.compare(Limit.months(6), Limit.naturalDays(181))).isEqualTo(UNDECIDABLE);
    }

    @Test
    void hoursAgainstDays() {
        // 24 小时 from any instant ends before the end of the next day, which is where 1 日 ends.
        assertThat(LimitSpans.compare(Limit.naturalHours(24), Limit.naturalDays(1)))
                .isEqualTo(WITHIN);
        // 1 日 ending on a holiday moves to the next working day, so only far more hours are surely beyond it.
        assertThat(LimitSpans.compare(Limit.naturalHours(72), Limit.naturalDays(2)))
                .isEqualTo(UNDECIDABLE);
        assertThat(LimitSpans.compare(Limit.naturalHours(300), Limit.naturalDays(1)))
                .isEqualTo(BEYOND);
        assertThat(LimitSpans.compare(Limit.naturalDays(1), Limit.naturalHours(24)))
                .isEqualTo(UNDECIDABLE);
    }

    @Test
    void theSameDayFitsEverything() {
        assertThat(LimitSpans.compare(Limit.workingDays(0), Limit.naturalDays(1)))
                .isEqualTo(WITHIN);
        assertThat(LimitSpans.compare(Limit.naturalHours(0), Limit.workingDays(0)))
                .isEqualTo(WITHIN);
    }
}
