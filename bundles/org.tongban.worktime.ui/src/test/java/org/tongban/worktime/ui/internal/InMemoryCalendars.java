package org.tongban.worktime.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tongban.worktime.CalendarRules;
import org.tongban.worktime.CalendarService;
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
                        .toList());
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
}
