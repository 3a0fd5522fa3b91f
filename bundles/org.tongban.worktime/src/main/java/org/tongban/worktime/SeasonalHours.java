package org.tongban.worktime;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Office hours valid in part of every year, for example winter hours from 10-01 to 04-30 (a season may run over the
 * new year). They win over the jurisdiction's base hours on the days they cover.
 *
 * @param from first day of the season, inclusive
 * @param to last day of the season, inclusive
 * @param hours the office hours in the season
 */
public record SeasonalHours(MonthDay from, MonthDay to, OfficeHours hours) {

    public SeasonalHours {
        if (from == null || to == null || hours == null) {
            throw new WorktimeException("请填写季节的起止日期和办公时间");
        }
    }

    /** Whether the date lies in this season. */
    public boolean covers(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return from.isAfter(to) ? !day.isBefore(from) || !day.isAfter(to) : !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether two seasons share a day (in a leap year, so that 02-29 counts). */
    public boolean overlaps(SeasonalHours other) {
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 366; i++, day = day.plusDays(1)) {
            if (covers(day) && other.covers(day)) {
                return true;
            }
        }
        return false;
    }
}
