package org.tongban.worktime.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.function.IntSupplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.WorkCalendar;

/**
 * Reports a missing holiday notice loudly: DEGRADED while a year in use is counted provisionally (this year, next
 * year, or the deadline of an open clock), naming the years; DOWN when this year cannot be counted at all.
 */
@Component(service = HealthContributor.class)
public final class HolidayHealth implements HealthContributor {
    static final String NAME = "worktime:holidays";

    private final CalendarService calendars;
    private final IntSupplier openProvisionalClocks;
    private final Clock clock;

    @Activate
    public HolidayHealth(@Reference CalendarService calendars, @Reference Database database) {
        this(calendars, () -> openProvisionalClocks(database), Clock.system(WorkCalendar.ZONE));
    }

    HolidayHealth(CalendarService calendars, IntSupplier openProvisionalClocks, Clock clock) {
        this.calendars = calendars;
        this.openProvisionalClocks = openProvisionalClocks;
        this.clock = clock;
    }

    @Override
    public List<ComponentHealth> health() {
        int year = LocalDate.now(clock.withZone(WorkCalendar.ZONE)).getYear();
        SortedSet<Integer> covered = calendars.coveredYears();
        SortedSet<Integer> provisional = calendars.provisionalYears();
        String range = covered.isEmpty() ? "无" : covered.first() + "–" + covered.last();
        if (!covered.contains(year) && !provisional.contains(year)) {
            return List.of(down(year + "年节假日数据缺失，工作日无法计算（已有：" + range + "）；请在“工作日历”导入国务院通知"));
        }
        int open = openProvisionalClocks.getAsInt();
        String clocks = open > 0 ? "；" + open + " 个计时的期限为暂定" : "";
        if (provisional.contains(year)) {
            return List.of(
                    degraded(year + "年节假日数据暂缺，按暂定计算（仅周末休息），期限标为“暂定”" + clocks + "；国务院通知发布后请在“工作日历”导入，暂定期限将自动重算"));
        }
        if (provisional.contains(year + 1)) {
            return List.of(
                    degraded((year + 1) + "年节假日数据暂缺，跨入该年的期限按暂定计算" + clocks + "；国务院通知发布后请在“工作日历”导入（已有：" + range + "）"));
        }
        if (!covered.contains(year + 1)) {
            return List.of(degraded("缺少" + (year + 1) + "年节假日数据，跨年时限将无法计算；国务院通知发布后请导入（已有：" + range + "）"));
        }
        if (open > 0) {
            return List.of(degraded(open + " 个计时的期限为暂定（" + provisional + "年无节假日数据）"));
        }
        return List.of(ComponentHealth.up(NAME, "节假日数据 " + range));
    }

    private static ComponentHealth down(String detail) {
        return new ComponentHealth(NAME, ComponentHealth.Status.DOWN, detail, -1);
    }

    private static ComponentHealth degraded(String detail) {
        return new ComponentHealth(NAME, ComponentHealth.Status.DEGRADED, detail, -1);
    }

    private static int openProvisionalClocks(Database database) {
        return database.transactions().read(connection -> Jdbc.one(
                        connection,
                        "SELECT COUNT(*) FROM worktime_clock WHERE provisional = TRUE AND state <> 'COMPLETED'",
                        rows -> rows.getInt(1))
                .orElse(0));
    }
}
