package org.tongban.worktime;

/**
 * The result of loading a year's holiday notice.
 *
 * @param year the year as the calendars now use it
 * @param recomputedClocks clocks whose deadline was recomputed with it (provisional ones and open ones reaching it)
 */
public record HolidayYearLoaded(HolidayYear year, int recomputedClocks) {}
