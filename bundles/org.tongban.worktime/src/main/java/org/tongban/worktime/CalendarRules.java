package org.tongban.worktime;

import java.util.List;

/**
 * What one jurisdiction sets itself, without what it inherits.
 *
 * @param jurisdictionCode GB/T 2260 code
 * @param officeHours its own office hours, or {@code null} to inherit them from the parent
 * @param weekendHall opening hours of a weekend service hall (周末不打烊), for information only: weekend days stay
 *     off for time limits unless they are make-up or local working days; {@code null} when there is none
 * @param localDays its own extra days off and working days, by date
 * @param seasons its own seasonal office hours, winning over its base hours on the days they cover
 * @param dateHours its own office hours of single dates, winning over its seasons
 */
public record CalendarRules(
        String jurisdictionCode,
        OfficeHours officeHours,
        String weekendHall,
        List<LocalDay> localDays,
        List<SeasonalHours> seasons,
        List<DateHours> dateHours) {

    public CalendarRules {
        localDays = List.copyOf(localDays);
        seasons = List.copyOf(seasons);
        dateHours = List.copyOf(dateHours);
    }

    /** Rules with days and base hours only. */
    public CalendarRules(
            String jurisdictionCode, OfficeHours officeHours, String weekendHall, List<LocalDay> localDays) {
        this(jurisdictionCode, officeHours, weekendHall, localDays, List.of(), List.of());
    }

    /**
     * The office hours this jurisdiction itself sets for a date: its date hours, else a season covering it, else its
     * base hours; {@code null} when it sets none, so the parent's apply.
     */
    public OfficeHours hoursOn(java.time.LocalDate date) {
        for (DateHours day : dateHours) {
            if (day.date().equals(date)) {
                return day.hours();
            }
        }
        for (SeasonalHours season : seasons) {
            if (season.covers(date)) {
                return season.hours();
            }
        }
        return officeHours;
    }
}
