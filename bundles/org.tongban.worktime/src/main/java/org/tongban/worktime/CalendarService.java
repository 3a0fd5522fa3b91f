package org.tongban.worktime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The working calendars of the jurisdictions: the national holidays and make-up days, plus what each level adds. Reading
 * is open to every service; changing a jurisdiction's rules needs {@link #EDIT_PERMISSION} for it, is checked here and
 * written to the audit log.
 */
@ProviderType
public interface CalendarService {

    /** Permission to change the calendar of a jurisdiction and its subtree. */
    String EDIT_PERMISSION = "worktime:edit";

    /** Permission to read clocks and reports in the console. */
    String READ_PERMISSION = "worktime:read";

    /**
     * The calendar of a jurisdiction, with the rules of all its ancestors applied.
     *
     * @throws WorktimeException if the jurisdiction is unknown
     */
    WorkCalendar calendar(String jurisdictionCode);

    /**
     * The calendar of a jurisdiction with the office hours of one of its service halls: the hall's own date hours,
     * seasons or base hours where it sets any, else the jurisdiction's; days off are the jurisdiction's. Closing time,
     * the acceptance day and working hours follow the hall's hours.
     *
     * @param hallCode the hall, or {@code null} for the jurisdiction's own calendar
     * @throws WorktimeException if the jurisdiction or the hall is unknown
     * @since 3.1
     */
    WorkCalendar calendar(String jurisdictionCode, String hallCode);

    /**
     * The days of one month in a jurisdiction's calendar, first to last: national holidays and make-up days with their
     * names, and the local days of the jurisdiction and its ancestors (nearest level wins) with their reasons.
     *
     * @throws WorktimeException if the jurisdiction is unknown or the month lies outside the years the calendars know
     *     ({@link #holidayYears()})
     * @since 3.3
     */
    List<CalendarDay> month(String jurisdictionCode, YearMonth month);

    /** What the jurisdiction sets itself (not what it inherits). */
    CalendarRules rules(String jurisdictionCode);

    /**
     * The service halls of a jurisdiction (not of its subtree), by code, each with the hours it sets itself.
     *
     * @throws WorktimeException if the jurisdiction is unknown
     * @since 3.1
     */
    List<ServiceHall> halls(String jurisdictionCode);

    /**
     * Adds a service hall to a jurisdiction, or renames it and changes its base office hours ({@code officeHours}
     * null or blank: the jurisdiction's apply). Needs {@link #EDIT_PERMISSION} for the jurisdiction. Audited.
     *
     * @throws WorktimeException with a Chinese message for a bad code, name or hours text; nothing is stored then
     * @since 3.1
     */
    void setHallHours(String jurisdictionCode, String hallCode, String name, String officeHours);

    /**
     * Replaces the jurisdiction's seasonal office hours (no two may share a day); an empty list removes them. Audited.
     */
    default void setSeasonalHours(String jurisdictionCode, List<SeasonalHours> seasons) {
        setSeasonalHours(jurisdictionCode, null, seasons);
    }

    /**
     * Replaces the seasonal office hours of a jurisdiction ({@code hallCode} null) or of one of its halls. Audited.
     *
     * @throws WorktimeException if the hall is unknown or two seasons share a day
     * @since 3.1
     */
    void setSeasonalHours(String jurisdictionCode, String hallCode, List<SeasonalHours> seasons);

    /** Sets the office hours of one date (a half day), with the reason. Audited. */
    default void setDateHours(String jurisdictionCode, LocalDate date, String officeHours, String note) {
        setDateHours(jurisdictionCode, null, date, officeHours, note);
    }

    /**
     * Sets the office hours of one date at a jurisdiction ({@code hallCode} null) or at one of its halls only, with the
     * reason. Audited.
     *
     * @since 3.1
     */
    void setDateHours(String jurisdictionCode, String hallCode, LocalDate date, String officeHours, String note);

    /** Removes the office hours of one date; the season's or base hours apply again. Audited. */
    default void removeDateHours(String jurisdictionCode, LocalDate date) {
        removeDateHours(jurisdictionCode, null, date);
    }

    /**
     * Removes the office hours of one date at a jurisdiction ({@code hallCode} null) or at one of its halls. Audited.
     *
     * @since 3.1
     */
    void removeDateHours(String jurisdictionCode, String hallCode, LocalDate date);

    /**
     * Permission to load a year's State Council holiday notice at run time. The data is national, so the permission
     * is checked without a jurisdiction.
     */
    String HOLIDAYS_PERMISSION = "worktime:holidays";

    /** Years covered by the State Council's holiday data. */
    SortedSet<Integer> coveredYears();

    /** Years counted provisionally, weekends only, because their notice is missing ({@link WorkCalendar} rule 3). */
    SortedSet<Integer> provisionalYears();

    /** Every year the calendars know, covered or provisional, oldest first. */
    List<HolidayYear> holidayYears();

    /**
     * Loads a year's notice in the holiday-cn JSON format (checked against the format's schema and the calendar),
     * replacing an earlier load of the same year; audited. Then recomputes, each audited and recorded in the clock's
     * history, the provisional clocks and the open clocks whose deadline lies in or after that year.
     *
     * @throws WorktimeException with a Chinese message naming the first problem; nothing is stored then
     */
    HolidayYearLoaded loadHolidayYear(String json);

    /** Adds or replaces a local extra day off ({@code working = false}) or working day. */
    void setLocalDay(String jurisdictionCode, LocalDate date, boolean working, String note);

    /** Removes a local day; the inherited or national rule applies again. */
    void removeLocalDay(String jurisdictionCode, LocalDate date);

    /**
     * Sets the office hours (text such as {@code 09:00-12:00,13:30-17:30}) and the informational weekend hall hours
     * ({@code null} or blank for none); {@code officeHours} null or blank inherits them from the parent again.
     */
    void setOfficeHours(String jurisdictionCode, String officeHours, String weekendHall);
}
