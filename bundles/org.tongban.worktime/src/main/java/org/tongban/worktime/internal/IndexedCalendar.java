package org.tongban.worktime.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.tongban.worktime.CountingStart;
import org.tongban.worktime.Cutoff;
import org.tongban.worktime.DeadlineRules;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.MissingHolidayDataException;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.TimeLimit;
import org.tongban.worktime.WorkCalendar;
import org.tongban.worktime.WorktimeException;

/**
 * A calendar over the covered years as arrays indexed by day: whether each day is a working day and how many working
 * days there are up to it, so that adding or counting working days costs two array reads instead of a loop.
 */
final class IndexedCalendar implements WorkCalendar {
    private final String jurisdictionCode;
    private final String hallCode;
    private final OfficeHours hours;
    private final DeadlineRules rules;
    private final SortedSet<Integer> coveredYears;
    private final SortedSet<Integer> provisionalYears;
    // the last year in the arrays: covered or provisional
    private final int lastYear;
    private final long firstDay;
    private final boolean[] working;
    // the office hours of each day: seasons and single dates resolved once
    private final OfficeHours[] dayHours;
    // cumulative[i] = working days in [firstDay, firstDay + i]
    private final int[] cumulative;
    // workingDays[k] = index of the (k+1)-th working day
    private final int[] workingDays;

    IndexedCalendar(
            String jurisdictionCode, HolidayData data, Map<LocalDate, Boolean> localWorking, OfficeHours hours) {
        this(jurisdictionCode, data, localWorking, hours, DeadlineRules.DEFAULTS, 0);
    }

    /**
     * @param provisionalUntil the last year counted provisionally (weekends only) when its notice is missing; 0 for
     *     none, so that every missing year throws
     */
    IndexedCalendar(
            String jurisdictionCode,
            HolidayData data,
            Map<LocalDate, Boolean> localWorking,
            OfficeHours hours,
            DeadlineRules rules,
            int provisionalUntil) {
        this(jurisdictionCode, data, localWorking, hours, rules, provisionalUntil, date -> hours);
    }

    /**
     * @param hoursOn the office hours of each date (seasons, half days); {@code hours} are the base hours shown as
     *     the calendar's own
     */
    IndexedCalendar(
            String jurisdictionCode,
            HolidayData data,
            Map<LocalDate, Boolean> localWorking,
            OfficeHours hours,
            DeadlineRules rules,
            int provisionalUntil,
            Function<LocalDate, OfficeHours> hoursOn) {
        this(jurisdictionCode, null, data, localWorking, hours, rules, provisionalUntil, hoursOn);
    }

    /** @param hallCode the service hall whose hours {@code hoursOn} gives, or {@code null} for the jurisdiction's */
    IndexedCalendar(
            String jurisdictionCode,
            String hallCode,
            HolidayData data,
            Map<LocalDate, Boolean> localWorking,
            OfficeHours hours,
            DeadlineRules rules,
            int provisionalUntil,
            Function<LocalDate, OfficeHours> hoursOn) {
        this.jurisdictionCode = jurisdictionCode;
        this.hallCode = hallCode;
        this.hours = hours;
        this.rules = rules;
        this.coveredYears = data.coveredYears();
        if (coveredYears.isEmpty()) {
            throw new MissingHolidayDataException(LocalDate.now(ZONE).getYear());
        }
        SortedSet<Integer> provisional = new TreeSet<>();
        if (provisionalUntil > 0) {
            lastYear = Math.max(coveredYears.last(), provisionalUntil);
            for (int year = coveredYears.first(); year <= lastYear; year++) {
                if (!coveredYears.contains(year)) {
                    provisional.add(year);
                }
            }
        } else {
            // Without provisional counting the arrays end before the first gap, so no count runs through a missing
            // year.
            int year = coveredYears.first();
            while (coveredYears.contains(year + 1)) {
                year++;
            }
            lastYear = year;
        }
        this.provisionalYears = Collections.unmodifiableSortedSet(provisional);
        firstDay = LocalDate.of(coveredYears.first(), 1, 1).toEpochDay();
        int length = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - firstDay);
        working = new boolean[length];
        cumulative = new int[length];
        dayHours = new OfficeHours[length];
        int count = 0;
        int[] list = new int[length];
        for (int i = 0; i < length; i++) {
            LocalDate date = LocalDate.ofEpochDay(firstDay + i);
            Boolean local = localWorking.get(date);
            Boolean off = data.offDay(date);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            working[i] = local != null ? local : off != null ? !off : !weekend;
            dayHours[i] = hoursOn.apply(date);
            if (working[i]) {
                list[count++] = i;
            }
            cumulative[i] = count;
        }
        workingDays = Arrays.copyOf(list, count);
    }

    @Override
    public OfficeHours officeHours(LocalDate date) {
        return dayHours[index(date)];
    }

    @Override
    public SortedSet<Integer> provisionalYears() {
        return provisionalYears;
    }

    @Override
    public String jurisdictionCode() {
        return jurisdictionCode;
    }

    @Override
    public String hallCode() {
        return hallCode;
    }

    @Override
    public OfficeHours officeHours() {
        return hours;
    }

    @Override
    public DeadlineRules deadlineRules() {
        return rules;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return working[index(date)];
    }

    @Override
    public LocalDate acceptanceDay(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        int i = index(local.toLocalDate());
        if (working[i] && !local.toLocalTime().isAfter(dayHours[i].closing())) {
            return local.toLocalDate();
        }
        return day(nthWorkingDayAfter(i, 1));
    }

    @Override
    public LocalDate countingStartDay(Instant accepted) {
        return rules.countingStart() == CountingStart.CALENDAR_DATE
                ? accepted.atZone(ZONE).toLocalDate()
                : acceptanceDay(accepted);
    }

    @Override
    public Instant deadline(Instant accepted, TimeLimit limit, Cutoff cutoff) {
        if (accepted == null || limit == null || cutoff == null) {
            throw new WorktimeException("缺少受理时间、时限或截止时点");
        }
        int n = limit.amount();
        return switch (limit.unit()) {
            case WORKING_HOURS -> addWorkingTime(accepted, Duration.ofHours(n));
            case NATURAL_HOURS -> accepted.plus(Duration.ofHours(n));
            case WORKING_DAYS ->
                endOf(
                        n == 0
                                ? acceptanceDay(accepted)
                                : day(nthWorkingDayAfter(index(countingStartDay(accepted)), n)),
                        cutoff);
            case NATURAL_DAYS, MONTHS -> endOf(lastNaturalDay(accepted, limit), cutoff);
        };
    }

    private LocalDate lastNaturalDay(Instant accepted, TimeLimit limit) {
        int n = limit.amount();
        if (n == 0) {
            return acceptanceDay(accepted);
        }
        LocalDate start = countingStartDay(accepted);
        // plusMonths keeps the day of the month, or takes the last day of a shorter month (民法典 第202条).
        LocalDate last = limit.unit() == LimitUnit.MONTHS ? start.plusMonths(n) : start.plusDays(n);
        if (rules.naturalPeriodMovesOffDaysOff() && !isWorkingDay(last)) {
            last = day(nthWorkingDayAfter(index(last), 1));
        }
        return last;
    }

    @Override
    public Instant nextOfficeMoment(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        LocalDate date = local.toLocalDate();
        if (isWorkingDay(date)) {
            LocalTime time = local.toLocalTime();
            for (OfficeHours.Period p : officeHours(date).periods()) {
                if (time.isBefore(p.to())) {
                    return time.isBefore(p.from()) ? at(date, p.from()) : instant;
                }
            }
        }
        return openingOf(day(nthWorkingDayAfter(index(date), 1)));
    }

    @Override
    public Instant addWorkingDays(Instant accepted, int days) {
        if (days < 0) {
            throw new WorktimeException("工作日数不能为负数：" + days);
        }
        return deadline(accepted, TimeLimit.workingDays(days), Cutoff.CLOSING_TIME);
    }

    @Override
    public Instant addWorkingTime(Instant start, Duration officeTime) {
        if (officeTime.isNegative()) {
            throw new WorktimeException("工作时长不能为负数：" + officeTime);
        }
        Instant cursor = nextOfficeMoment(start);
        Duration left = officeTime;
        while (true) {
            ZonedDateTime local = cursor.atZone(ZONE);
            LocalDate date = local.toLocalDate();
            for (OfficeHours.Period p : officeHours(date).periods()) {
                Instant end = at(date, p.to());
                if (!cursor.isBefore(end)) {
                    continue;
                }
                Instant from = cursor.isAfter(at(date, p.from())) ? cursor : at(date, p.from());
                Duration available = Duration.between(from, end);
                if (available.compareTo(left) >= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
            cursor = openingOf(day(nthWorkingDayAfter(index(date), 1)));
        }
    }

    @Override
    public int workingDaysBetween(Instant from, Instant to) {
        return cumulative[index(acceptanceDay(to))] - cumulative[index(countingStartDay(from))];
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(ZONE).toLocalDate();
        for (LocalDate date = from.atZone(ZONE).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (OfficeHours.Period p : officeHours(date).periods()) {
                Instant a = max(from, at(date, p.from()));
                Instant b = min(to, at(date, p.to()));
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    @Override
    public LocalDate shiftWorkingDays(LocalDate workingDay, int n) {
        int i = index(workingDay);
        if (!working[i]) {
            throw new WorktimeException(workingDay + " 不是工作日");
        }
        int k = cumulative[i] - 1 + n;
        if (k < 0) {
            throw new MissingHolidayDataException(coveredYears.first() - 1);
        }
        if (k >= workingDays.length) {
            throw new MissingHolidayDataException(lastYear + 1);
        }
        return day(workingDays[k]);
    }

    @Override
    public Instant closingOf(LocalDate date) {
        return at(date, officeHours(date).closing());
    }

    private Instant openingOf(LocalDate date) {
        return at(date, officeHours(date).opening());
    }

    @Override
    public Instant endOf(LocalDate date, Cutoff cutoff) {
        return cutoff == Cutoff.END_OF_DAY ? date.plusDays(1).atStartOfDay(ZONE).toInstant() : closingOf(date);
    }

    /** The naive day-by-day loop the index replaces; kept for the benchmark's baseline. */
    Instant addWorkingDaysByLoop(Instant accepted, int days) {
        if (days == 0) {
            return closingOf(acceptanceDay(accepted));
        }
        LocalDate date = countingStartDay(accepted);
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return closingOf(date);
    }

    private int nthWorkingDayAfter(int dayIndex, int n) {
        int k = cumulative[dayIndex] + n - 1;
        if (k >= workingDays.length) {
            throw new MissingHolidayDataException(lastYear + 1);
        }
        return workingDays[k];
    }

    private boolean known(int year) {
        return year >= coveredYears.first()
                && year <= lastYear
                && (coveredYears.contains(year) || provisionalYears.contains(year));
    }

    private int index(LocalDate date) {
        if (!known(date.getYear())) {
            throw new MissingHolidayDataException(date.getYear());
        }
        return (int) (date.toEpochDay() - firstDay);
    }

    private LocalDate day(int index) {
        LocalDate date = LocalDate.ofEpochDay(firstDay + index);
        if (!known(date.getYear())) {
            throw new MissingHolidayDataException(date.getYear());
        }
        return date;
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time).atZone(ZONE).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
