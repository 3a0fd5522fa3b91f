package org.tongban.worktime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The working calendar of one jurisdiction, immutable, computed in memory without a database. The rules:
 *
 * <ol>
 *   <li><b>Time zone.</b> Dates and office hours are in {@link #ZONE Asia/Shanghai}.
 *   <li><b>Working day.</b> Monday to Friday is a working day unless the State Council's notice makes it a holiday;
 *       Saturday and Sunday are off unless the notice makes them make-up working days (调休). A jurisdiction's own
 *       extra days off and working days override the national calendar; the nearest level wins (a district over its
 *       city).
 *   <li><b>Missing data.</b> A date in a year whose notice is not in the data throws
 *       {@link MissingHolidayDataException}; a year is never assumed to be weekdays-only.
 *   <li><b>Acceptance day.</b> An instant on a working day up to closing time belongs to that day (also before
 *       opening); an instant after closing time or on a day off is treated as accepted on the next working day.
 *   <li><b>N working days.</b> Counting starts on the day after the acceptance day (期间开始之日不计算在内): the
 *       deadline is the closing time of the N-th working day after the acceptance day. N = 0 means closing time of the
 *       acceptance day itself (当日办结).
 *   <li><b>N working hours.</b> Counted in office time only, from the first office moment at or after the instant;
 *       lunch breaks, evenings and days off do not count.
 *   <li><b>Working days between.</b> The number of working days after the acceptance day of {@code from} up to and
 *       including the acceptance day of {@code to}: a case completed on time within N days never counts more than N.
 * </ol>
 */
@ProviderType
public interface WorkCalendar {

    /** The time zone of every calendar. */
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The jurisdiction whose calendar this is. */
    String jurisdictionCode();

    /** Office hours of a working day. */
    OfficeHours officeHours();

    /** Whether the date is a working day. */
    boolean isWorkingDay(LocalDate date);

    /** The acceptance day of an instant (rule 4). */
    LocalDate acceptanceDay(Instant instant);

    /** The first office moment at or after the instant. */
    Instant nextOfficeMoment(Instant instant);

    /** The deadline N working days after acceptance (rule 5); {@code days} must not be negative. */
    Instant addWorkingDays(Instant accepted, int days);

    /** The instant when this much office time has passed after {@code start} (rule 6). */
    Instant addWorkingTime(Instant start, Duration officeTime);

    /** Shorthand for {@link #addWorkingTime(Instant, Duration)} with whole hours. */
    default Instant addWorkingHours(Instant start, int hours) {
        if (hours < 0) {
            throw new WorktimeException("工作小时数不能为负数：" + hours);
        }
        return addWorkingTime(start, Duration.ofHours(hours));
    }

    /** Working days between two instants (rule 7); negative when {@code to} is before {@code from}. */
    int workingDaysBetween(Instant from, Instant to);

    /** Office time between two instants; zero when {@code to} is not after {@code from}. */
    Duration workingTimeBetween(Instant from, Instant to);

    /** The working day {@code n} working days after ({@code n > 0}) or before ({@code n < 0}) a working day. */
    LocalDate shiftWorkingDays(LocalDate workingDay, int n);

    /** The closing instant of a date. */
    Instant closingOf(LocalDate date);
}
