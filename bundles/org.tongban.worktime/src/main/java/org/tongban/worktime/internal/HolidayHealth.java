package org.tongban.worktime.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.WorkCalendar;

/** Reports a missing holiday notice loudly: DOWN for the current year, DEGRADED for the next one. */
@Component(service = HealthContributor.class)
public final class HolidayHealth implements HealthContributor {
    static final String NAME = "worktime:holidays";

    private final CalendarService calendars;
    private final Clock clock;

    @Activate
    public HolidayHealth(@Reference CalendarService calendars) {
        this(calendars, Clock.system(WorkCalendar.ZONE));
    }

    HolidayHealth(CalendarService calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public List<ComponentHealth> health() {
        int year = LocalDate.now(clock.withZone(WorkCalendar.ZONE)).getYear();
        SortedSet<Integer> covered = calendars.coveredYears();
        String range = covered.isEmpty() ? "无" : covered.first() + "–" + covered.last();
        if (!covered.contains(year)) {
            return List.of(new ComponentHealth(
                    NAME, ComponentHealth.Status.DOWN, "缺少" + year + "年节假日数据，工作日无法计算（已有：" + range + "）", -1));
        }
        if (!covered.contains(year + 1)) {
            return List.of(new ComponentHealth(
                    NAME,
                    ComponentHealth.Status.DEGRADED,
                    "缺少" + (year + 1) + "年节假日数据，跨年时限将无法计算；国务院通知发布后请更新（已有：" + range + "）",
                    -1));
        }
        return List.of(ComponentHealth.up(NAME, "节假日数据 " + range));
    }
}
