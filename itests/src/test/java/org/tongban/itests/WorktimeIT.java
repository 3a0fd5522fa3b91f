package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.itests.support.TongbanInstance.call;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.persistence.Database;

/** The working-time engine inside the launched Jinan distribution: holiday data, scheduler, grants and console views. */
class WorktimeIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static TongbanInstance jinan;

    @BeforeAll
    static void start() throws Exception {
        jinan = TongbanInstance.of("jinan").start();
    }

    @AfterAll
    static void stop() throws Exception {
        jinan.close();
    }

    @Test
    void theBundledHolidayDataCountsInsideTheRuntime() throws Exception {
        Object lixia = call(jinan.service("org.tongban.worktime.CalendarService"), "calendar", "370102");
        assertThat(call(lixia, "isWorkingDay", LocalDate.of(2026, 10, 5)))
                .as("国庆节")
                .isEqualTo(false);
        assertThat(call(lixia, "isWorkingDay", LocalDate.of(2026, 10, 10)))
                .as("国庆调休上班的周六")
                .isEqualTo(true);
        assertThat(call(lixia, "isWorkingDay", LocalDate.of(2026, 10, 11)))
                .as("普通周日")
                .isEqualTo(false);
        // Accepted on the last working day before the holiday: the five days start after it.
        Instant accepted = LocalDateTime.of(2026, 9, 30, 10, 0).atZone(CHINA).toInstant();
        LocalDate due = ((Instant) call(lixia, "addWorkingDays", accepted, 5))
                .atZone(CHINA)
                .toLocalDate();
        assertThat(due).isAfter(LocalDate.of(2026, 10, 10)).isBefore(LocalDate.of(2026, 10, 20));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCountIntoAYearWithoutANoticeIsProvisionalNotRefused() throws Exception {
        Object calendars = jinan.service("org.tongban.worktime.CalendarService");
        int lastCovered = ((java.util.SortedSet<Integer>) call(calendars, "coveredYears")).last();
        Object lixia = call(calendars, "calendar", "370102");
        // Twenty working days from early December always reach the next year, whose notice is not shipped yet.
        Instant accepted =
                LocalDateTime.of(lastCovered, 12, 4, 10, 0).atZone(CHINA).toInstant();
        LocalDate due = ((Instant) call(lixia, "addWorkingDays", accepted, 20))
                .atZone(CHINA)
                .toLocalDate();

        assertThat(due.getYear()).isEqualTo(lastCovered + 1);
        assertThat((java.util.SortedSet<Integer>) call(lixia, "provisionalYears"))
                .contains(lastCovered + 1);
        assertThat(column("SELECT task_instance FROM platform_scheduled_tasks WHERE task_name = 'tongban-job'"))
                .as("provisional clocks are caught up by a scheduler job")
                .contains("worktime-provisional-recompute");
    }

    @Test
    void theDeadlineSweepIsScheduledInThePlatformDatabaseAndClerksMayReadClocks() throws Exception {
        assertThat(column("SELECT task_instance FROM platform_scheduled_tasks WHERE task_name = 'tongban-job'"))
                .as("the sweep is a job of the platform scheduler")
                .contains("worktime-deadline-sweep");
        assertThat(column("SELECT role_name FROM sec_role_permission WHERE permission = 'worktime:read'"))
                .contains("clerk", "auditor");
        assertThat(column("SELECT role_name FROM sec_role_permission WHERE permission = 'worktime:clock'"))
                .as("clerks and intake's reviewers and department heads run clocks, auditors only read them")
                .contains("clerk", "intake-reviewer", "intake-lead")
                .doesNotContain("auditor");
    }

    @Test
    void aServiceHallIsLookedUpInItsJurisdictionAndAnUnknownOneIsNamed() throws Exception {
        Object calendars = jinan.service("org.tongban.worktime.CalendarService");
        assertThat((List<?>) call(calendars, "halls", "370102")).isEmpty();
        assertThat(call(call(calendars, "calendar", "370102", null), "hallCode"))
                .isNull();
        assertThatThrownBy(() -> call(calendars, "calendar", "370102", "bdc"))
                .hasRootCauseMessage("未知的服务大厅：bdc（行政区划 370102 下没有这个大厅）");
        assertThat(column("SELECT COUNT(*) FROM worktime_clock WHERE hall_code IS NOT NULL"))
                .containsExactly("0");
    }

    @Test
    void consoleViewsOfTheEngineAreRouted() {
        assertThat(jinan.views().registeredRoute("console/worktime-calendar")).isPresent();
        assertThat(jinan.views().registeredRoute("console/worktime-clocks")).isPresent();
        assertThat(jinan.views().registeredRoute("console/worktime-report")).isPresent();
    }

    private static List<String> column(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = jinan.service(Database.class).dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
