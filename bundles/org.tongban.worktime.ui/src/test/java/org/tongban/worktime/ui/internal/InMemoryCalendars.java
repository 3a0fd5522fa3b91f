package org.tongban.worktime.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tongban.worktime.CalendarRules;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.HolidayYear;
import org.tongban.worktime.HolidayYearLoaded;
import org.tongban.worktime.LocalDay;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.WorkCalendar;
import org.tongban.worktime.WorktimeException;

/** Stands in for the headless bundle, whose own tests run the real calendars against real databases. */
final class InMemoryCalendars implements CalendarService {
    final List<LocalDay> days = new ArrayList<>();

    @Override
    public WorkCalendar calendar(String jurisdictionCode) {
        return (WorkCalendar) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {WorkCalendar.class},
                (proxy, method, args) ->
                        method.getName().equals("officeHours") ? OfficeHours.parse("09:00-12:00,13:30-17:30") : null);
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
                List.of());
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

    @Override
    public void setSeasonalHours(String jurisdictionCode, List<org.tongban.worktime.SeasonalHours> seasonList) {
        seasons.put(jurisdictionCode, List.copyOf(seasonList));
    }

    @Override
    public void setDateHours(String jurisdictionCode, LocalDate date, String officeHours, String note) {
        OfficeHours.parse(officeHours);
    }

    @Override
    public void removeDateHours(String jurisdictionCode, LocalDate date) {}

    @Override
    public SortedSet<Integer> provisionalYears() {
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
