package org.tongban.worktime.ui.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.ui.ConsoleBanner;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.WorkCalendar;

/**
 * Tells the clerks who maintain calendars, on every console page, that a year in use has no State Council holiday
 * notice: its deadlines are counted provisionally (weekends only), or not at all where the city turned provisional
 * counting off. A year is in use from its first day, and the next year from 1 December, when clocks started now begin
 * to reach it (the notice usually comes out in November).
 */
@Component(service = ConsoleBanner.class)
public final class MissingYearBanner implements ConsoleBanner {
    static final String LINK = "console/worktime-calendar";

    private final CalendarService calendars;
    private final AccessControl accessControl;
    private final Clock clock;

    @Activate
    public MissingYearBanner(@Reference CalendarService calendars, @Reference AccessControl accessControl) {
        this(calendars, accessControl, Clock.systemUTC());
    }

    MissingYearBanner(CalendarService calendars, AccessControl accessControl, Clock clock) {
        this.calendars = calendars;
        this.accessControl = accessControl;
        this.clock = clock;
    }

    @Override
    public Optional<Notice> notice() {
        if (!accessControl.isPermitted(CalendarService.EDIT_PERMISSION)
                && !accessControl.isPermitted(CalendarService.HOLIDAYS_PERMISSION)) {
            return Optional.empty();
        }
        SortedSet<Integer> covered = calendars.coveredYears();
        SortedSet<Integer> provisional = calendars.provisionalYears();
        List<String> missing = new ArrayList<>();
        List<String> counted = new ArrayList<>();
        for (int year : yearsInUse(LocalDate.now(clock.withZone(WorkCalendar.ZONE)))) {
            if (provisional.contains(year)) {
                counted.add(String.valueOf(year));
            } else if (!covered.contains(year)) {
                missing.add(String.valueOf(year));
            }
        }
        // A year that cannot be counted at all is the graver matter and is named first.
        if (!missing.isEmpty()) {
            return Optional.of(notice("worktime.banner.missing", missing));
        }
        return counted.isEmpty() ? Optional.empty() : Optional.of(notice("worktime.banner.provisional", counted));
    }

    static List<Integer> yearsInUse(LocalDate today) {
        return today.getMonth() == Month.DECEMBER
                ? List.of(today.getYear(), today.getYear() + 1)
                : List.of(today.getYear());
    }

    private static Notice notice(String key, List<String> years) {
        return new Notice(key, List.of(String.join("、", years)), "worktime.banner.link", LINK);
    }
}
