package org.tongban.worktime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SortedSet;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The working calendar of one jurisdiction, immutable, computed in memory without a database. The rules, each with
 * its source; those marked <i>configurable</i> are {@link DeadlineRules} (PID {@code org.tongban.worktime}):
 *
 * <ol>
 *   <li><b>Time zone.</b> Dates and office hours are in {@link #ZONE Asia/Shanghai}.
 *   <li><b>Working day.</b> Monday to Friday is a working day unless the State Council's notice makes it a holiday;
 *       Saturday and Sunday are off unless the notice makes them make-up working days (调休). A jurisdiction's own
 *       extra days off and working days override the national calendar; the nearest level wins (a district over its
 *       city). Every day that is not a working day is a day off (法定休假日 or 休息日).
 *   <li><b>Missing data.</b> A year whose notice is not in the data (not yet published) is <i>provisional</i> where
 *       the city allows it (the default): Monday to Friday work, the weekend is off, and every deadline that falls in
 *       it is marked 暂定 ({@link #isProvisional(Instant)}) until the notice is loaded and the clocks are recomputed.
 *       Provisional years run from the first missing year after the data to at least the year after the current one;
 *       a date outside them, or any missing year where the city turned provisional counting off, throws
 *       {@link MissingHolidayDataException}.
 *   <li><b>Units.</b> A limit is a {@link TimeLimit} with an explicit {@link LimitUnit}. Working days apply only to
 *       periods a law sets in working days (行政许可法 第82条); "N 日" is N natural days.
 *   <li><b>Start of counting</b> (民法典 第201条第1款, <i>configurable</i>). A period in days (working days, natural
 *       days, months) starts on the day after its start day and the start day itself is not counted. The start day is
 *       the calendar date of acceptance ({@link CountingStart#CALENDAR_DATE}, the default): acceptance on a day off or
 *       after closing time is not moved, so that it is not moved twice. A jurisdiction may set
 *       {@link CountingStart#NEXT_WORKING_DAY}: the start day is then the acceptance day of rule 6.
 *   <li><b>Acceptance day</b> (same-day handling). An instant on a working day up to closing time belongs to that
 *       day (also before opening); an instant after closing time or on a day off belongs to the next working day.
 *       A limit of 0 days (当日办结) ends on the acceptance day.
 *   <li><b>N working days.</b> The period ends on the N-th working day after the start day. Accepted on Saturday
 *       2025-03-01, 1 working day ends on Monday 03-03; accepted on Friday 2025-01-24 at 18:00, on the make-up Sunday
 *       01-26.
 *   <li><b>N natural days, N months</b> (民法典 第201–202条). The last day is the start day plus N days; for months,
 *       the corresponding day of the month N months later, or its last day when it has no such day (01-31 plus one
 *       month is 02-28).
 *   <li><b>Last day off</b> (民法典 第203条第1款, <i>configurable</i>). A period in natural days or months whose last
 *       day is a day off of this calendar ends on the next working day. A period in working days always ends on a
 *       working day.
 *   <li><b>Cutoff</b> (民法典 第203条第2款). The last day ends at the office's closing time
 *       ({@link Cutoff#CLOSING_TIME}, the agency's own deadlines; at the service hall where the application was
 *       accepted, when the clock names one) or at 24:00 ({@link Cutoff#END_OF_DAY}, deadlines
 *       the applicant meets online, given as 00:00 of the next day). A deadline instant is itself still in time.
 *   <li><b>N natural hours</b> (民法典 第201条第2款). The deadline is exactly N hours after the instant, day and
 *       night, holidays included; neither cutoff nor rule 9 applies (12345's "24 小时").
 *   <li><b>N working hours.</b> Counted in office time only, from the first office moment at or after the instant;
 *       lunch breaks, evenings and days off do not count.
 *   <li><b>Working days between.</b> The number of working days after the start day of {@code from} (rule 5) up to
 *       and including the acceptance day of {@code to} (rule 6): a case completed on time within N working days never
 *       counts more than N.
 * </ol>
 */
@ProviderType
public interface WorkCalendar {

    /** The time zone of every calendar. */
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The jurisdiction whose calendar this is. */
    String jurisdictionCode();

    /**
     * The service hall whose office hours this calendar counts with, or {@code null} for the jurisdiction's own.
     *
     * @since 3.1
     */
    default String hallCode() {
        return null;
    }

    /** Years counted provisionally, weekends only, because their notice is not in the data (rule 3). */
    SortedSet<Integer> provisionalYears();

    /** Whether the date lies in a provisional year (rule 3). */
    default boolean isProvisional(LocalDate date) {
        return provisionalYears().contains(date.getYear());
    }

    /**
     * Whether a deadline computed by this calendar is provisional: its last day lies in a provisional year, so days off
     * of a notice not yet published may still move it (rule 3). Counting only moves forward from acceptance, so an
     * earlier provisional year cannot lie between acceptance and a deadline in a covered year.
     */
    default boolean isProvisional(Instant deadline) {
        return isProvisional(deadline.atZone(ZONE).toLocalDate());
    }

    /** Office hours of a working day today, or of the jurisdiction's base hours where no season applies. */
    OfficeHours officeHours();

    /**
     * Office hours of a date: set for that date (a half day), else by a season covering it (winter hours), else the
     * base hours; the nearest level that sets any wins, a service hall being the level below its jurisdiction
     * ({@link CalendarService#calendar(String, String)}). Closing time, acceptance day and working hours use them.
     */
    default OfficeHours officeHours(LocalDate date) {
        return officeHours();
    }

    /** Whether the date is a working day. */
    boolean isWorkingDay(LocalDate date);

    /** The rules this calendar counts with (rules 5 and 9). */
    DeadlineRules deadlineRules();

    /** The acceptance day of an instant (rule 6). */
    LocalDate acceptanceDay(Instant instant);

    /** The start day of a period in days accepted at the instant: counting starts on the day after it (rule 5). */
    LocalDate countingStartDay(Instant accepted);

    /**
     * The deadline of a time limit accepted at an instant (rules 5 to 12).
     *
     * @param cutoff when the last day ends; ignored for limits in hours
     * @throws MissingHolidayDataException if the count reaches a year without holiday data
     */
    Instant deadline(Instant accepted, TimeLimit limit, Cutoff cutoff);

    /** The deadline of a time limit at the office's closing time: the agency's own deadlines. */
    default Instant deadline(Instant accepted, TimeLimit limit) {
        return deadline(accepted, limit, Cutoff.CLOSING_TIME);
    }

    /** The first office moment at or after the instant. */
    Instant nextOfficeMoment(Instant instant);

    /**
     * The deadline N working days after acceptance at closing time (rules 5 to 7), the same as
     * {@code deadline(accepted, TimeLimit.workingDays(days), Cutoff.CLOSING_TIME)}; {@code days} must not be negative.
     */
    Instant addWorkingDays(Instant accepted, int days);

    /** The instant when this much office time has passed after {@code start} (rule 12). */
    Instant addWorkingTime(Instant start, Duration officeTime);

    /** Shorthand for {@link #addWorkingTime(Instant, Duration)} with whole hours. */
    default Instant addWorkingHours(Instant start, int hours) {
        if (hours < 0) {
            throw new WorktimeException("工作小时数不能为负数：" + hours);
        }
        return addWorkingTime(start, Duration.ofHours(hours));
    }

    /** Working days between two instants (rule 13); negative when {@code to} is before {@code from}. */
    int workingDaysBetween(Instant from, Instant to);

    /** Office time between two instants; zero when {@code to} is not after {@code from}. */
    Duration workingTimeBetween(Instant from, Instant to);

    /** The working day {@code n} working days after ({@code n > 0}) or before ({@code n < 0}) a working day. */
    LocalDate shiftWorkingDays(LocalDate workingDay, int n);

    /** The closing instant of a date. */
    Instant closingOf(LocalDate date);

    /** The instant a date ends at under a cutoff (rule 10): its closing time, or 00:00 of the next day. */
    Instant endOf(LocalDate date, Cutoff cutoff);
}
