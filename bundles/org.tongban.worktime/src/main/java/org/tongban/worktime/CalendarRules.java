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
 */
public record CalendarRules(
        String jurisdictionCode, OfficeHours officeHours, String weekendHall, List<LocalDay> localDays) {}
