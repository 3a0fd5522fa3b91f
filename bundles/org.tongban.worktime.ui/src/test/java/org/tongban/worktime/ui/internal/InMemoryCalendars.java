package org.tongban.worktime.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tongban.worktime.CalendarDay;
import org.tongban.worktime.CalendarRules;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.DateHours;
import org.tongban.worktime.HolidayYear;
import org.tongban.worktime.HolidayYearLoaded;
import org.tongban.worktime.LocalDay;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.ServiceHall;
import org.tongban.worktime.WorkCalendar;
import org.tongban.worktime.WorktimeException;

/** Stands in for the headless bundle, whose own tests run the real calendars against real databases. */
final class InMemoryCalendars implements CalendarService {
    final List<LocalDay> days = new ArrayList<>();

    @Override
    public WorkCalendar calendar(String jurisdictionCode, String hallCode) {
        return calendar(jurisdictionCode);
    }

    @Override
    public WorkCalendar calendar(String jurisdictionCode) {
        return (WorkCalendar) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {WorkCalendar.class},
                (proxy, method, args) ->
                        method.getName().equals("officeHours") ? OfficeHours.parse("09:00-12:00,13:30-17:30") : null);
    }

    // National days of the fixture: 国庆节 2026 and its make-up Saturday; the rest by weekday and local days.
    @Override
    public List<CalendarDay> month(String jurisdictionCode, YearMonth month) {
        if (!coveredYears().contains(month.getYear()) && !provisionalYears().contains(month.getYear())) {
            throw new WorktimeException(month.getYear() + "年不在工作日历的范围内");
        }
        List<CalendarDay> result = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            boolean provisional = provisionalYears().contains(date.getYear());
            LocalDay local = days.stream()
                    .filter(day -> day.date().equals(date))
                    .reduce((first, second) -> second)
                    .orElse(null);
            if (local != null) {
                result.add(new CalendarDay(
                        date,
                        local.working() ? CalendarDay.Kind.LOCAL_WORKDAY : CalendarDay.Kind.LOCAL_DAY_OFF,
                        local.note(),
                        local.jurisdictionCode(),
                        provisional));
            } else if (date.getYear() == 2026 && date.getMonthValue() == 10 && d <= 7) {
                result.add(new CalendarDay(date, CalendarDay.Kind.HOLIDAY, "国庆节", null, false));
            } else if (date.equals(LocalDate.of(2026, 10, 10))) {
                result.add(new CalendarDay(date, CalendarDay.Kind.MAKE_UP_WORKDAY, "国庆节", null, false));
            } else {
                boolean weekend = date.getDayOfWeek().getValue() >= 6;
                result.add(new CalendarDay(
                        date, weekend ? CalendarDay.Kind.WEEKEND : CalendarDay.Kind.WORKDAY, null, null, provisional));
            }
        }
        return result;
    }

    @Override
    public CalendarRules rules(String jurisdictionCode) {
        return new CalendarRules(
                jurisdictionCode,
                null,
                null,
                days.stream()
                        .filter(d -> d.jurisdictionCode().equals(jurisdictionCode))
                        .toList(),
                seasons.getOrDefault(jurisdictionCode, List.of()),
                dateHours.getOrDefault(jurisdictionCode, List.of()));
    }

    @Override
    public SortedSet<Integer> coveredYears() {
        return new TreeSet<>(List.of(2025, 2026));
    }

    @Override
    public void setLocalDay(String jurisdictionCode, LocalDate date, boolean working, String note) {
        if (date == null) {
            throw new WorktimeException("请选择日期");
        }
        days.add(new LocalDay(jurisdictionCode, date, working, note));
    }

    @Override
    public void removeLocalDay(String jurisdictionCode, LocalDate date) {
        days.removeIf(
                d -> d.jurisdictionCode().equals(jurisdictionCode) && d.date().equals(date));
    }

    @Override
    public void setOfficeHours(String jurisdictionCode, String officeHours, String weekendHall) {}

    final List<String> loadedJson = new ArrayList<>();
    final java.util.Map<String, List<org.tongban.worktime.SeasonalHours>> seasons = new java.util.HashMap<>();

    // Keyed by jurisdiction, or by jurisdiction/hall for a hall's.
    @Override
    public void setSeasonalHours(
            String jurisdictionCode, String hallCode, List<org.tongban.worktime.SeasonalHours> seasonList) {
        seasons.put(key(jurisdictionCode, hallCode), List.copyOf(seasonList));
    }

    final java.util.Map<String, List<DateHours>> dateHours = new java.util.HashMap<>();

    @Override
    public void setDateHours(
            String jurisdictionCode, String hallCode, LocalDate date, String officeHours, String note) {
        if (date == null) {
            throw new WorktimeException("请选择日期");
        }
        dateHours
                .computeIfAbsent(key(jurisdictionCode, hallCode), k -> new ArrayList<>())
                .add(new DateHours(jurisdictionCode, date, OfficeHours.parse(officeHours), note));
    }

    @Override
    public void removeDateHours(String jurisdictionCode, String hallCode, LocalDate date) {
        dateHours
                .getOrDefault(key(jurisdictionCode, hallCode), new ArrayList<>())
                .removeIf(d -> d.date().equals(date));
    }

    /** Halls by jurisdiction, in the order added, with base hours only; seasons and dates come from the maps. */
    final java.util.Map<String, java.util.LinkedHashMap<String, ServiceHall>> halls = new java.util.HashMap<>();

    @Override
    public List<ServiceHall> halls(String jurisdictionCode) {
        return halls.getOrDefault(jurisdictionCode, new java.util.LinkedHashMap<>()).values().stream()
                .map(h -> new ServiceHall(
                        h.jurisdictionCode(),
                        h.code(),
                        h.name(),
                        h.officeHours(),
                        seasons.getOrDefault(key(jurisdictionCode, h.code()), List.of()),
                        dateHours.getOrDefault(key(jurisdictionCode, h.code()), List.of())))
                .toList();
    }

    // The real service's checks of code, name and hours, so that the view's messages can be seen.
    @Override
    public void setHallHours(String jurisdictionCode, String hallCode, String name, String officeHours) {
        ServiceHall.checkCode(hallCode);
        if (name == null || name.isBlank()) {
            throw new WorktimeException("请填写服务大厅名称（1至50个字）");
        }
        OfficeHours hours = officeHours == null || officeHours.isBlank() ? null : OfficeHours.parse(officeHours);
        halls.computeIfAbsent(jurisdictionCode, k -> new java.util.LinkedHashMap<>())
                .put(hallCode, new ServiceHall(jurisdictionCode, hallCode, name.strip(), hours, List.of(), List.of()));
    }

    private static String key(String jurisdictionCode, String hallCode) {
        return hallCode == null ? jurisdictionCode : jurisdictionCode + "/" + hallCode;
    }

    // Off: the city refuses to count years without a notice.
    boolean provisionalCounting = true;

    @Override
    public SortedSet<Integer> provisionalYears() {
        if (!provisionalCounting) {
            return new TreeSet<>();
        }
        return loadedJson.isEmpty() ? new TreeSet<>(List.of(2027, 2028)) : new TreeSet<>(List.of(2028));
    }

    @Override
    public List<HolidayYear> holidayYears() {
        List<HolidayYear> years = new ArrayList<>();
        years.add(new HolidayYear(2026, HolidayYear.Source.SHIPPED, List.of(), 33, 6, null, null));
        if (!loadedJson.isEmpty()) {
            years.add(new HolidayYear(2027, HolidayYear.Source.LOADED, List.of(), 1, 0, "admin", Instant.EPOCH));
        }
        provisionalYears()
                .forEach(y ->
                        years.add(new HolidayYear(y, HolidayYear.Source.PROVISIONAL, List.of(), 0, 0, null, null)));
        return years;
    }

    // The real service parses and checks the file; here only that the view hands it over, and a refusal.
    @Override
    public HolidayYearLoaded loadHolidayYear(String json) {
        if (!json.contains("\"isOffDay\":true")) {
            throw new WorktimeException("2027年的通知中没有任何休息日：尚未发布的年份无需导入，请检查文件");
        }
        loadedJson.add(json);
        return new HolidayYearLoaded(holidayYears().get(1), 2);
    }
}
