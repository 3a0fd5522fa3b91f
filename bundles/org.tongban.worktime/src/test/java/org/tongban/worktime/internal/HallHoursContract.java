package org.tongban.worktime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.testing.Jinan.JINAN;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.Jinan.SHIZHONG;
import static org.tongban.testing.MutableClock.beijing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.CountingStart;
import org.tongban.worktime.Cutoff;
import org.tongban.worktime.DeadlineClock;
import org.tongban.worktime.DeadlineRules;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.SeasonalHours;
import org.tongban.worktime.ServiceHall;
import org.tongban.worktime.WorktimeException;

/**
 * Office hours per service hall (issue 11, item 6), against a real database, run on each database by a subclass.
 * 历下区 keeps the demo guides' winter hours 13:00-17:00 (10-01 to 04-30) for itself and its 市民中心 hall; its 不动产登记中心
 * hall closes at 16:00 in winter and at 18:00 in summer. The cutoff is 民法典 第203条第2款: closing time where the office
 * has business hours, 24:00 for what the applicant meets online.
 */
abstract class HallHoursContract {
    private static final MonthDay WINTER_FROM = MonthDay.of(10, 1);
    private static final MonthDay WINTER_TO = MonthDay.of(4, 30);

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final FakeAccessControl accessControl = new FakeAccessControl(jurisdictions);
    private final RecordingAuditLog auditLog = new RecordingAuditLog();
    private final MutableClock time =
            new MutableClock(java.time.Instant.parse("2025-01-01T00:00:00Z"), MutableClock.BEIJING);
    private JdbcCalendarService calendars;
    private JdbcClockService clocks;

    abstract Database database();

    @BeforeEach
    void emptyTablesAndServices() throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : List.of(
                    "worktime_clock_event",
                    "worktime_clock",
                    "worktime_hall_season",
                    "worktime_hall_date_hours",
                    "worktime_hall",
                    "worktime_office_hours",
                    "worktime_office_season",
                    "worktime_date_hours",
                    "worktime_holiday_year")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        services(Map.of());
    }

    private void services(Map<String, CountingStart> countingStarts) {
        Settings settings =
                new Settings(Settings.DEFAULTS.defaultOfficeHours(), 2, 80, 0, DeadlineRules.DEFAULTS, countingStarts);
        calendars = new JdbcCalendarService(database(), accessControl, auditLog, jurisdictions, settings, time);
        clocks = new JdbcClockService(database(), calendars, accessControl, auditLog, settings, time);
    }

    // 历下区 in winter 13:00-17:00; 市民中心 keeps it; 不动产登记中心 08:30-18:00, in winter until 16:00.
    private void lixiaHalls() {
        accessControl.actAs("lixia-admin", LIXIA, CalendarService.EDIT_PERMISSION);
        calendars.setSeasonalHours(
                LIXIA,
                List.of(new SeasonalHours(WINTER_FROM, WINTER_TO, OfficeHours.parse("09:00-12:00,13:00-17:00"))));
        calendars.setHallHours(LIXIA, "smzx", "历下区市民中心", " ");
        calendars.setHallHours(LIXIA, "bdc", "不动产登记中心", "08:30-12:00,13:30-18:00");
        calendars.setSeasonalHours(
                LIXIA,
                "bdc",
                List.of(new SeasonalHours(WINTER_FROM, WINTER_TO, OfficeHours.parse("08:30-12:00,13:00-16:00"))));
        accessControl.actAs("lixia-clerk", LIXIA, ClockService.CLOCK_PERMISSION, CalendarService.READ_PERMISSION);
    }

    @Test
    void eachHallCountsWithItsOwnWinterAndSummerHours() {
        lixiaHalls();

        var bdc = calendars.calendar(LIXIA, "bdc");
        var smzx = calendars.calendar(LIXIA, "smzx");
        assertThat(bdc.hallCode()).isEqualTo("bdc");
        assertThat(bdc.officeHours(LocalDate.parse("2025-01-15")).closing()).isEqualTo(LocalTime.of(16, 0));
        assertThat(bdc.officeHours(LocalDate.parse("2025-07-15")).closing()).isEqualTo(LocalTime.of(18, 0));
        assertThat(bdc.addWorkingDays(beijing("2025-01-13T10:00"), 1))
                .as("winter")
                .isEqualTo(beijing("2025-01-14T16:00"));
        assertThat(bdc.addWorkingDays(beijing("2025-07-14T10:00"), 1))
                .as("summer")
                .isEqualTo(beijing("2025-07-15T18:00"));
        assertThat(smzx.addWorkingDays(beijing("2025-01-13T10:00"), 1))
                .as("a hall without hours of its own keeps the district's winter hours")
                .isEqualTo(beijing("2025-01-14T17:00"));
        assertThat(smzx.addWorkingDays(beijing("2025-07-14T10:00"), 1)).isEqualTo(beijing("2025-07-15T17:30"));
        assertThat(calendars.calendar(LIXIA).addWorkingDays(beijing("2025-01-13T10:00"), 1))
                .as("the district itself")
                .isEqualTo(beijing("2025-01-14T17:00"));
        // Days off stay the district's: the Spring Festival is off at every hall.
        assertThat(bdc.isWorkingDay(LocalDate.parse("2025-01-29"))).isFalse();
        assertThat(bdc.isWorkingDay(LocalDate.parse("2025-01-26")))
                .as("make-up Sunday")
                .isTrue();

        assertThat(calendars.halls(LIXIA))
                .extracting(ServiceHall::code, ServiceHall::name)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("bdc", "不动产登记中心"),
                        org.assertj.core.api.Assertions.tuple("smzx", "历下区市民中心"));
        assertThat(calendars.halls(LIXIA).get(1).officeHours()).isNull();
        assertThat(calendars.halls(SHIZHONG)).isEmpty();
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action, RecordingAuditLog.Recorded::target)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("worktime.seasons.set", "calendar/370102"),
                        org.assertj.core.api.Assertions.tuple("worktime.hall.set", "calendar/370102/hall/smzx"),
                        org.assertj.core.api.Assertions.tuple("worktime.hall.set", "calendar/370102/hall/bdc"),
                        org.assertj.core.api.Assertions.tuple("worktime.seasons.set", "calendar/370102/hall/bdc"));
        assertThat(auditLog.entries().get(2).detail()).isEqualTo("新增服务大厅 不动产登记中心：办公时间 08:30-12:00,13:30-18:00");

        accessControl.actAs("lixia-admin", LIXIA, CalendarService.EDIT_PERMISSION);
        calendars.setHallHours(LIXIA, "bdc", "不动产登记分中心", "");
        assertThat(calendars.calendar(LIXIA, "bdc").addWorkingDays(beijing("2025-07-14T10:00"), 1))
                .as("without base hours of its own the hall keeps its winter season, else the district's hours")
                .isEqualTo(beijing("2025-07-15T17:30"));
        assertThat(auditLog.entries().getLast().detail()).isEqualTo("服务大厅 不动产登记分中心：沿用行政区划办公时间");
    }

    @Test
    void aHalfDayAtOneHallLeavesTheOtherHallsOpen() {
        lixiaHalls();
        accessControl.actAs("lixia-admin", LIXIA, CalendarService.EDIT_PERMISSION);
        calendars.setDateHours(LIXIA, "bdc", LocalDate.parse("2025-03-04"), "08:30-12:00", "下午不动产登记系统升级");

        assertThat(calendars.calendar(LIXIA, "bdc").addWorkingDays(beijing("2025-03-03T10:00"), 1))
                .isEqualTo(beijing("2025-03-04T12:00"));
        assertThat(calendars.calendar(LIXIA, "smzx").addWorkingDays(beijing("2025-03-03T10:00"), 1))
                .isEqualTo(beijing("2025-03-04T17:00"));
        assertThat(calendars.rules(LIXIA).dateHours()).isEmpty();
        assertThat(calendars.halls(LIXIA).getFirst().dateHours())
                .singleElement()
                .satisfies(day -> assertThat(day.note()).isEqualTo("下午不动产登记系统升级"));
        assertThat(auditLog.entries().getLast().target()).isEqualTo("calendar/370102/hall/bdc");

        calendars.removeDateHours(LIXIA, "bdc", LocalDate.parse("2025-03-04"));
        assertThat(calendars.calendar(LIXIA, "bdc").addWorkingDays(beijing("2025-03-03T10:00"), 1))
                .isEqualTo(beijing("2025-03-04T16:00"));
        assertThatThrownBy(() -> calendars.removeDateHours(LIXIA, "bdc", LocalDate.parse("2025-03-04")))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("本级没有这一天的办公时间调整：2025-03-04");
    }

    /**
     * A city whose rule is that an application received after closing time counts as received on the next working day
     * (CountingStart.NEXT_WORKING_DAY): closing time is the hall's where it was accepted. 24:00 deadlines are met
     * online, so no hall's hours play a part in them.
     */
    @Test
    void acceptanceAfterTheHallsWinterClosingCountsFromTheNextDayOnlyAtThatHall() {
        services(Map.of(LIXIA, CountingStart.NEXT_WORKING_DAY));
        lixiaHalls();
        time.set("2025-01-14T16:30");

        DeadlineClock atBdc = clocks.start(request("SL-1", "bdc", Cutoff.CLOSING_TIME));
        DeadlineClock atSmzx = clocks.start(request("SL-2", "smzx", Cutoff.CLOSING_TIME));
        DeadlineClock online = clocks.start(request("SL-3", "bdc", Cutoff.END_OF_DAY));
        DeadlineClock onlineWithoutHall = clocks.start(request("SL-4", null, Cutoff.END_OF_DAY));

        assertThat(atBdc.deadline())
                .as("16:30 is after 不动产登记中心 closes at 16:00: accepted Wednesday, due Thursday at its closing")
                .isEqualTo(beijing("2025-01-16T16:00"));
        assertThat(atSmzx.deadline())
                .as("市民中心 is open until 17:00: accepted Tuesday, due Wednesday")
                .isEqualTo(beijing("2025-01-15T17:00"));
        assertThat(online.deadline()).isEqualTo(beijing("2025-01-16T00:00")).isEqualTo(onlineWithoutHall.deadline());
        assertThat(clocks.find(online.id()).orElseThrow().request().hallCode()).isEqualTo("bdc");

        // Read back from the database, each clock still counts with its hall: done Wednesday 17:15 is on time only
        // at 不动产登记中心.
        time.set("2025-01-15T17:15");
        assertThat(clocks.complete(atBdc.id()).onTime()).isTrue();
        assertThat(clocks.complete(atSmzx.id()).onTime()).isFalse();
        assertThat(auditLog.entries())
                .filteredOn(e -> e.action().equals("worktime.clock.start"))
                .first()
                .satisfies(e -> assertThat(e.target()).endsWith("hall/bdc"));
    }

    @Test
    void sameDayHandlingEndsAtTheHallsClosing() {
        lixiaHalls();
        time.set("2025-01-14T16:30");

        assertThat(clocks.start(new ClockRequest(
                                "case",
                                "SL-5",
                                LIXIA,
                                "不动产",
                                "查询",
                                0,
                                LimitUnit.WORKING_DAYS,
                                beijing("2025-01-14T16:30"),
                                null,
                                null,
                                "bdc"))
                        .deadline())
                .as("当日办结 after the hall closed: its next working day")
                .isEqualTo(beijing("2025-01-15T16:00"));
        assertThat(clocks.start(new ClockRequest(
                                "case",
                                "SL-6",
                                LIXIA,
                                "不动产",
                                "查询",
                                0,
                                LimitUnit.WORKING_DAYS,
                                beijing("2025-01-14T16:30"),
                                null,
                                null,
                                "smzx"))
                        .deadline())
                .isEqualTo(beijing("2025-01-14T17:00"));
    }

    @Test
    void aWorkflowTransitionNamesTheHallItsCaseWasAcceptedAt() {
        lixiaHalls();
        time.set("2025-01-14T10:00");
        var state = new org.tongban.platform.workflow.WorkflowState(
                "intake", "SL370102202501140001", "ACCEPTED", 1, LIXIA, null, beijing("2025-01-14T10:00"));
        long id = new WorkflowClockAdapter(clocks, calendars)
                .apply(
                        org.tongban.platform.workflow.ClockEffect.START,
                        state,
                        null,
                        null,
                        Map.of(
                                "limit",
                                "1",
                                "hall",
                                "bdc",
                                "acceptedAt",
                                beijing("2025-01-14T10:00").toString()));

        DeadlineClock clock = clocks.find(id).orElseThrow();
        assertThat(clock.request().hallCode()).isEqualTo("bdc");
        assertThat(clock.deadline()).isEqualTo(beijing("2025-01-15T16:00"));
    }

    /** A deadline recomputed when a year's notice arrives keeps the closing time of the clock's hall. */
    @Test
    void aProvisionalDeadlineIsRecomputedWithTheHallsHours() {
        lixiaHalls();
        time.set("2026-12-04T10:00");
        DeadlineClock clock = clocks.start(new ClockRequest(
                "case",
                "SL-9",
                LIXIA,
                "不动产",
                "登记",
                20,
                LimitUnit.WORKING_DAYS,
                beijing("2026-12-04T10:00"),
                null,
                null,
                "bdc"));
        assertThat(clock.deadline()).isEqualTo(beijing("2027-01-01T16:00"));
        assertThat(clock.provisional()).isTrue();

        accessControl.actAs("admin", JINAN, CalendarService.HOLIDAYS_PERMISSION, CalendarService.READ_PERMISSION);
        calendars.loadHolidayYear(ProvisionalYearsTest.NOTICE_2027);

        assertThat(clocks.find(clock.id()).orElseThrow().deadline()).isEqualTo(beijing("2027-01-04T16:00"));
    }

    @Test
    void badHallInputIsRefusedInChineseAndNothingIsWritten() {
        accessControl.actAs("lixia-admin", LIXIA, CalendarService.EDIT_PERMISSION, ClockService.CLOCK_PERMISSION);
        assertThatThrownBy(() -> calendars.setHallHours(LIXIA, "市民 中心", "市民中心", null))
                .isInstanceOf(WorktimeException.class)
                .hasMessageStartingWith("服务大厅编码须为1至32位字母、数字、连字符或下划线");
        assertThatThrownBy(() -> calendars.setHallHours(LIXIA, "-bdc", "不动产", null))
                .hasMessageStartingWith("服务大厅编码须为");
        assertThatThrownBy(() -> calendars.setHallHours(LIXIA, "bdc", " ", null))
                .hasMessage("请填写服务大厅名称（1至50个字）");
        assertThatThrownBy(() -> calendars.setHallHours(LIXIA, "bdc", "不动产", "8点到16点"))
                .hasMessage("办公时间格式应为 09:00-12:00,13:30-17:30：8点到16点");
        assertThatThrownBy(() -> calendars.setHallHours("999999", "bdc", "不动产", null))
                .hasMessageStartingWith("未知的工作日历");
        var winter = List.of(new SeasonalHours(WINTER_FROM, WINTER_TO, OfficeHours.parse("09:00-16:00")));
        assertThatThrownBy(() -> calendars.setSeasonalHours(LIXIA, "nohall", winter))
                .hasMessage("未知的服务大厅：nohall（行政区划 370102 下没有这个大厅）");
        assertThatThrownBy(() ->
                        calendars.setDateHours(LIXIA, "nohall", LocalDate.parse("2025-03-04"), "09:00-12:00", "半天"))
                .hasMessageStartingWith("未知的服务大厅：nohall");
        assertThatThrownBy(() -> calendars.calendar(LIXIA, "nohall")).hasMessageStartingWith("未知的服务大厅：nohall");
        time.set("2025-01-14T10:00");
        assertThatThrownBy(() -> clocks.start(request("SL-7", "nohall", Cutoff.END_OF_DAY)))
                .as("an unknown hall is refused even where its hours would not count")
                .hasMessageStartingWith("未知的服务大厅：nohall");
        assertThatThrownBy(() -> clocks.start(request("SL-8", "no hall", Cutoff.CLOSING_TIME)))
                .hasMessageStartingWith("服务大厅编码须为");

        assertThat(count("worktime_hall")).isZero();
        assertThat(count("worktime_hall_season")).isZero();
        assertThat(count("worktime_clock")).isZero();
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void anotherDistrictCannotChangeAHallButTheCityCan() {
        lixiaHalls();
        int audited = auditLog.entries().size();
        accessControl.actAs("shizhong-admin", SHIZHONG, CalendarService.EDIT_PERMISSION);
        var summer =
                List.of(new SeasonalHours(MonthDay.of(5, 1), MonthDay.of(9, 30), OfficeHours.parse("08:00-12:00")));
        assertThatThrownBy(() -> calendars.setHallHours(LIXIA, "bdc", "越权", "09:00-10:00"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.setHallHours(LIXIA, "new", "越权新增", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.setSeasonalHours(LIXIA, "bdc", summer))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> calendars.setDateHours(LIXIA, "bdc", LocalDate.parse("2025-03-04"), "09:00-10:00", "越权"))
                .isInstanceOf(AccessDeniedException.class);
        accessControl.actAs("shizhong-clerk", SHIZHONG, ClockService.CLOCK_PERMISSION);
        assertThatThrownBy(() -> clocks.start(request("SL-9", "nohall", Cutoff.CLOSING_TIME)))
                .as("refused before the hall is looked up: another district learns nothing of 历下区's halls")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.calendar(SHIZHONG, "bdc"))
                .as("a hall code belongs to one district")
                .hasMessageStartingWith("未知的服务大厅：bdc");
        assertThat(calendars.halls(LIXIA)).extracting(ServiceHall::name).containsExactly("不动产登记中心", "历下区市民中心");
        assertThat(calendars.halls(LIXIA).getFirst().seasons()).hasSize(1);
        assertThat(count("worktime_hall_date_hours")).isZero();
        assertThat(auditLog.entries()).hasSize(audited);

        accessControl.actAs("city-admin", JINAN, CalendarService.EDIT_PERMISSION);
        calendars.setHallHours(LIXIA, "bdc", "不动产登记中心", "08:30-12:00,13:30-17:00");
        assertThat(calendars.calendar(LIXIA, "bdc").addWorkingDays(beijing("2025-07-14T10:00"), 1))
                .isEqualTo(beijing("2025-07-15T17:00"));
    }

    private static ClockRequest request(String id, String hall, Cutoff cutoff) {
        return new ClockRequest(
                "case",
                id,
                LIXIA,
                "自然资源和规划局",
                "不动产登记",
                1,
                LimitUnit.WORKING_DAYS,
                beijing("2025-01-14T16:30"),
                cutoff,
                null,
                hall);
    }

    private int count(String table) {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
