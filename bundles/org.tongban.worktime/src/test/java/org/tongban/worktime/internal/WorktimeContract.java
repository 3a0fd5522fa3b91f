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
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;
import org.tongban.worktime.CalendarDay;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockEvent.Kind;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.ClockState;
import org.tongban.worktime.DeadlineClock;
import org.tongban.worktime.DeadlineEvent;
import org.tongban.worktime.DeadlineStatus;
import org.tongban.worktime.HolidayYear;
import org.tongban.worktime.HolidayYearLoaded;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.MissingHolidayDataException;
import org.tongban.worktime.PauseKind;
import org.tongban.worktime.PauseRequest;
import org.tongban.worktime.ReportRow;
import org.tongban.worktime.SeasonalHours;
import org.tongban.worktime.WorktimeException;

/** Calendars, clocks and deadline events against a real database, run on each database by a subclass. */
abstract class WorktimeContract {
    static final String CHANGELOG = "db/worktime-changelog.xml";

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
                    "worktime_local_day",
                    "worktime_office_hours",
                    "worktime_office_season",
                    "worktime_date_hours",
                    "worktime_holiday_year")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        Settings settings = new Settings(Settings.DEFAULTS.defaultOfficeHours(), 2, 80, 0);
        calendars = new JdbcCalendarService(database(), accessControl, auditLog, jurisdictions, settings, time);
        clocks = new JdbcClockService(database(), calendars, accessControl, auditLog, settings, time);
        accessControl.actAs("lixia-clerk", LIXIA, ClockService.CLOCK_PERMISSION, CalendarService.READ_PERMISSION);
    }

    @Test
    void aCityHolidayAppliesToItsDistrictsAndADistrictMayOverrideIt() {
        accessControl.actAs("city-clerk", JINAN, CalendarService.EDIT_PERMISSION);
        calendars.setLocalDay(JINAN, LocalDate.parse("2025-03-05"), false, "全市停电检修");
        accessControl.actAs("lixia-clerk", LIXIA, CalendarService.EDIT_PERMISSION);
        calendars.setLocalDay(LIXIA, LocalDate.parse("2025-03-05"), true, "历下区照常办公");

        assertThat(calendars.calendar(SHIZHONG).addWorkingDays(beijing("2025-03-03T10:00"), 2))
                .isEqualTo(beijing("2025-03-06T17:30"));
        assertThat(calendars.calendar(LIXIA).addWorkingDays(beijing("2025-03-03T10:00"), 2))
                .isEqualTo(beijing("2025-03-05T17:30"));
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .containsExactly("worktime.day.set", "worktime.day.set");

        calendars.removeLocalDay(LIXIA, LocalDate.parse("2025-03-05"));
        assertThat(calendars.calendar(LIXIA).addWorkingDays(beijing("2025-03-03T10:00"), 2))
                .isEqualTo(beijing("2025-03-06T17:30"));
    }

    @Test
    void aMonthNamesTheNoticesDaysAndTheLocalDaysOfEveryLevelAsTheCalendarCountsThem() {
        accessControl.actAs("city-clerk", JINAN, CalendarService.EDIT_PERMISSION);
        calendars.setLocalDay(JINAN, LocalDate.parse("2026-10-09"), false, "全市秋季运动会");
        calendars.setLocalDay(JINAN, LocalDate.parse("2026-10-12"), false, "泉城马拉松交通管制");
        accessControl.actAs("lixia-clerk", LIXIA, CalendarService.READ_PERMISSION, CalendarService.EDIT_PERMISSION);
        calendars.setLocalDay(LIXIA, LocalDate.parse("2026-10-09"), true, "历下区照常办公");

        List<CalendarDay> october = calendars.month(LIXIA, YearMonth.of(2026, 10));

        assertThat(october).hasSize(31).allSatisfy(day -> {
            assertThat(day.provisional()).isFalse();
            // The month view never says otherwise than the deadline arithmetic.
            assertThat(day.working())
                    .as(day.date().toString())
                    .isEqualTo(calendars.calendar(LIXIA).isWorkingDay(day.date()));
        });
        assertThat(october.get(0))
                .isEqualTo(
                        new CalendarDay(LocalDate.parse("2026-10-01"), CalendarDay.Kind.HOLIDAY, "国庆节", null, false));
        assertThat(october.get(9))
                .isEqualTo(new CalendarDay(
                        LocalDate.parse("2026-10-10"), CalendarDay.Kind.MAKE_UP_WORKDAY, "国庆节", null, false));
        assertThat(october.get(8))
                .isEqualTo(new CalendarDay(
                        LocalDate.parse("2026-10-09"), CalendarDay.Kind.LOCAL_WORKDAY, "历下区照常办公", LIXIA, false));
        assertThat(october.get(11))
                .isEqualTo(new CalendarDay(
                        LocalDate.parse("2026-10-12"), CalendarDay.Kind.LOCAL_DAY_OFF, "泉城马拉松交通管制", JINAN, false));
        assertThat(october.get(12).kind()).isEqualTo(CalendarDay.Kind.WORKDAY);
        assertThat(october.get(16).kind()).isEqualTo(CalendarDay.Kind.WEEKEND);
        assertThat(calendars.month(SHIZHONG, YearMonth.of(2026, 10)).get(8).kind())
                .isEqualTo(CalendarDay.Kind.LOCAL_DAY_OFF);
    }

    @Test
    void aMonthWithoutANoticeIsProvisionalAndOneOutsideTheCalendarsIsRefusedInChinese() {
        assertThat(calendars.month(LIXIA, YearMonth.of(2027, 1)).getFirst())
                .isEqualTo(new CalendarDay(LocalDate.parse("2027-01-01"), CalendarDay.Kind.WORKDAY, null, null, true));

        assertThatThrownBy(() -> calendars.month(LIXIA, YearMonth.of(2060, 1)))
                .isInstanceOf(WorktimeException.class)
                .hasMessageContaining("2060年不在工作日历的范围内");
        assertThatThrownBy(() -> calendars.month("999999", YearMonth.of(2026, 1)))
                .isInstanceOf(WorktimeException.class)
                .hasMessageContaining("未知的工作日历");
    }

    @Test
    void officeHoursAreInheritedAndAudited() {
        accessControl.actAs("city-clerk", JINAN, CalendarService.EDIT_PERMISSION);
        calendars.setOfficeHours(JINAN, "08:30-12:00，14:00-18:00", "09:00-17:00");

        assertThat(calendars.calendar(LIXIA).addWorkingDays(beijing("2025-03-03T17:45"), 1))
                .isEqualTo(beijing("2025-03-04T18:00"));
        assertThat(calendars.rules(JINAN).weekendHall()).isEqualTo("09:00-17:00");
        assertThat(auditLog.entries().getLast().detail()).contains("08:30-12:00,14:00-18:00");
    }

    @Test
    void editingAnotherDistrictsCalendarIsDeniedAndNothingChanges() {
        accessControl.actAs("shizhong-clerk", SHIZHONG, CalendarService.EDIT_PERMISSION);

        assertThatThrownBy(() -> calendars.setLocalDay(LIXIA, LocalDate.parse("2025-03-05"), false, "越权"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.setOfficeHours(LIXIA, "09:00-17:00", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.setOfficeHours(SHIZHONG, "17:00-09:00", null))
                .isInstanceOf(WorktimeException.class)
                .hasMessageContaining("互不重叠");
        assertThat(calendars.rules(LIXIA).localDays()).isEmpty();
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void pausesAcrossTheSpringFestivalAndAnExtensionMoveTheDeadline() {
        time.set("2025-01-24T10:00");
        DeadlineClock clock = clocks.start(request(5, LimitUnit.WORKING_DAYS, "2025-01-24T10:00"));
        assertThat(clock.deadline()).isEqualTo(beijing("2025-02-07T17:30"));

        time.set("2025-01-27T10:00");
        accessControl.actAs("lixia-clerk", LIXIA, ClockService.CLOCK_PERMISSION, CalendarService.READ_PERMISSION);
        clocks.pause(clock.id(), pause(PauseKind.EXPERT_REVIEW, "专家评审"));
        time.set("2025-02-06T10:00");
        DeadlineClock resumed = clocks.resume(clock.id());
        // 5 and 6 Feb were paused: two working days more, and 8 Feb is a make-up Saturday.
        assertThat(resumed.deadline()).isEqualTo(beijing("2025-02-10T17:30"));

        DeadlineClock extended = clocks.extend(clock.id(), 10, "王局长", "情况复杂，经批准延长10个工作日");
        assertThat(extended.deadline()).isEqualTo(beijing("2025-02-24T17:30"));
        assertThat(extended.extension()).isEqualTo(10);

        time.set("2025-02-20T10:00");
        DeadlineClock done = clocks.complete(clock.id());
        assertThat(done.state()).isEqualTo(ClockState.COMPLETED);
        assertThat(done.onTime()).isTrue();

        assertThat(clocks.history(clock.id()))
                .extracting(e -> e.kind(), e -> e.actor(), e -> e.reason(), e -> e.approver())
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(Kind.START, "lixia-clerk", null, null),
                        org.assertj.core.api.Assertions.tuple(Kind.PAUSE, "lixia-clerk", "专家评审", null),
                        org.assertj.core.api.Assertions.tuple(Kind.RESUME, "lixia-clerk", null, null),
                        org.assertj.core.api.Assertions.tuple(Kind.EXTEND, "lixia-clerk", "情况复杂，经批准延长10个工作日", "王局长"),
                        org.assertj.core.api.Assertions.tuple(Kind.COMPLETE, "lixia-clerk", null, null));

        List<ReportRow> report =
                clocks.report(ReportRow.Grouping.DEPARTMENT, beijing("2025-02-01T00:00"), beijing("2025-03-01T00:00"));
        assertThat(report).hasSize(1);
        assertThat(report.getFirst().group()).isEqualTo("市场监管局");
        assertThat(report.getFirst().onTimeRate()).isEqualTo(1.0);
        // 15 working days from 24 Jan to 20 Feb, 2 of them paused; limit 5 + 10.
        assertThat(report.getFirst().averageElapsed()).isEqualTo(13.0);
        assertThat(report.getFirst().averageLimit()).isEqualTo(15.0);
    }

    @Test
    void statusTurnsToWarningAtEightyPercentAndOverdueAfterTheDeadline() {
        time.set("2025-03-03T10:00");
        DeadlineClock clock = clocks.start(request(20, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));

        assertThat(clock.deadline()).isEqualTo(beijing("2025-03-31T17:30"));
        // 80% of 146 office hours is reached on 25 March at 16:18, before "2 working days left" on 27 March.
        assertThat(clock.warningAt()).isEqualTo(beijing("2025-03-25T16:18"));
        assertThat(clocks.progress(clock.id(), beijing("2025-03-25T16:00")).status())
                .isEqualTo(DeadlineStatus.NORMAL);
        assertThat(clocks.progress(clock.id(), beijing("2025-03-25T16:30")).status())
                .isEqualTo(DeadlineStatus.WARNING);
        assertThat(clocks.progress(clock.id(), beijing("2025-03-27T10:00")).remainingWorkingDays())
                .isEqualTo(2);
        assertThat(clocks.progress(clock.id(), beijing("2025-04-01T09:00")).status())
                .isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void aLateCompletionIsReportedPerMatterType() {
        time.set("2025-03-03T10:00");
        DeadlineClock late = clocks.start(request(1, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));
        DeadlineClock hours = clocks.start(request(4, LimitUnit.WORKING_HOURS, "2025-03-03T10:00"));
        time.set("2025-03-05T10:00");
        assertThat(clocks.complete(late.id()).onTime()).isFalse();
        time.set("2025-03-03T15:00");
        assertThat(clocks.complete(hours.id()).onTime()).isTrue();

        List<ReportRow> report =
                clocks.report(ReportRow.Grouping.MATTER_TYPE, beijing("2025-03-01T00:00"), beijing("2025-04-01T00:00"));
        assertThat(report)
                .extracting(ReportRow::unit, ReportRow::onTime, ReportRow::averageElapsed)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(LimitUnit.WORKING_DAYS, 0L, 2.0),
                        org.assertj.core.api.Assertions.tuple(LimitUnit.WORKING_HOURS, 1L, 3.5));
    }

    @Test
    void aPauseOfAnHoursClockExcludesOnlyTheOfficeTimeInBetween() {
        time.set("2025-03-03T10:00");
        DeadlineClock clock = clocks.start(request(4, LimitUnit.WORKING_HOURS, "2025-03-03T10:00"));
        assertThat(clock.deadline()).isEqualTo(beijing("2025-03-03T15:30"));

        time.set("2025-03-03T11:00");
        clocks.pause(clock.id(), pause(PauseKind.TESTING, "样品送检"));
        time.set("2025-03-03T14:00");
        // Paused 11:00-12:00 and 13:30-14:00: one and a half office hours; the lunch break was never counted.
        assertThat(clocks.find(clock.id()).orElseThrow().deadline()).isEqualTo(beijing("2025-03-03T17:00"));
        assertThat(clocks.resume(clock.id()).deadline()).isEqualTo(beijing("2025-03-03T17:00"));
        assertThat(clocks.progress(clock.id(), beijing("2025-03-03T16:00")).remainingOfficeTime())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void badInputIsRejectedAndNothingIsWritten() {
        time.set("2025-03-03T10:00");
        assertThatThrownBy(() -> clocks.start(request(-1, LimitUnit.WORKING_DAYS, "2025-03-03T10:00")))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("时限不能为负数：-1");
        assertThatThrownBy(() -> clocks.start(new ClockRequest(
                        "case", "A1", "379999", "d", "m", 5, LimitUnit.WORKING_DAYS, beijing("2025-03-03T10:00"))))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("未知的工作日历（行政区划代码不存在）：379999");
        assertThatThrownBy(() -> clocks.start(request(5, LimitUnit.WORKING_DAYS, "2018-03-01T10:00")))
                .isInstanceOf(MissingHolidayDataException.class);
        // 2027 and 2028 are counted provisionally (no notice yet); 2029 is beyond that.
        assertThatThrownBy(() -> clocks.start(request(10, LimitUnit.WORKING_DAYS, "2028-12-24T10:00")))
                .isInstanceOf(MissingHolidayDataException.class)
                .hasMessageContaining("2029");
        assertThat(count("worktime_clock")).isZero();

        DeadlineClock clock = clocks.start(request(5, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));
        assertThatThrownBy(() -> clocks.resume(clock.id()))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("计时未暂停，不能恢复：" + clock.id());
        assertThatThrownBy(() -> clocks.pause(clock.id(), pause(PauseKind.HEARING, " ")))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("暂停原因不能为空");
        assertThatThrownBy(() -> clocks.extend(clock.id(), -3, "王局长", "延期"))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("延长的时限必须为正数：-3");
        assertThatThrownBy(() -> clocks.pause(424242, pause(PauseKind.HEARING, "听证")))
                .hasMessage("计时不存在：424242");
        assertThat(clocks.history(clock.id())).extracting(e -> e.kind()).containsExactly(Kind.START);
        assertThat(clocks.find(clock.id()).orElseThrow()).isEqualTo(clock);
    }

    @Test
    void twoSweepersRacingFireEachEventExactlyOnce() throws Exception {
        time.set("2025-03-03T10:00");
        for (int i = 0; i < 60; i++) {
            clocks.start(request(1 + i % 5, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));
        }
        List<DeadlineEvent> heard = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                DeadlineSweeper sweeper = new DeadlineSweeper(database().transactions(), heard::add);
                runs.add(pool.submit(() -> sweeper.sweep(beijing("2025-06-01T00:00"))));
            }
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(120);
        } finally {
            pool.shutdown();
        }
        assertThat(heard).hasSize(120);
        assertThat(heard.stream().map(e -> e.clock().id() + e.kind().name()).distinct())
                .hasSize(120);
        assertThat(count("worktime_clock_event WHERE kind IN ('WARNING', 'OVERDUE')"))
                .isEqualTo(120);
        assertThat(count("worktime_clock WHERE next_event_at IS NOT NULL")).isZero();
    }

    @Test
    void anEventThatCannotBePublishedLeavesItsClockToFireAgainExactlyOnce() {
        time.set("2025-03-03T10:00");
        for (int i = 0; i < 3; i++) {
            clocks.start(request(1, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));
        }
        List<DeadlineEvent> published = new ArrayList<>();
        boolean[] outboxDown = {true};
        DeadlineSweeper sweeper = new DeadlineSweeper(database().transactions(), event -> {
            if (outboxDown[0] && published.size() == 2) {
                throw new IllegalStateException("outbox unavailable");
            }
            published.add(event);
        });

        // The first clock's two events are published; the next clock's first fails, and its fired-at rolls back.
        sweeper.sweep(beijing("2025-06-01T00:00"));
        assertThat(count("worktime_clock_event WHERE kind IN ('WARNING', 'OVERDUE')"))
                .as("recorded exactly when published")
                .isEqualTo(published.size());

        outboxDown[0] = false;
        sweeper.sweep(beijing("2025-06-01T00:00"));
        assertThat(published).hasSize(6);
        assertThat(published.stream().map(e -> e.clock().id() + e.kind().name()).distinct())
                .hasSize(6);
        assertThat(count("worktime_clock_event WHERE kind IN ('WARNING', 'OVERDUE')"))
                .isEqualTo(6);
        assertThat(count("worktime_clock WHERE next_event_at IS NOT NULL")).isZero();
    }

    @Test
    void aClerkOfAnotherDistrictCanNeitherChangeNorSeeAClockAndNothingChanges() {
        time.set("2025-03-03T10:00");
        DeadlineClock clock = clocks.start(request(5, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));
        accessControl.actAs("shizhong-clerk", SHIZHONG, ClockService.CLOCK_PERMISSION, CalendarService.READ_PERMISSION);
        auditLog.clear();

        assertThatThrownBy(() -> clocks.pause(clock.id(), pause(PauseKind.HEARING, "越权暂停")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clocks.extend(clock.id(), 10, "某局长", "越权延期"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clocks.complete(clock.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clocks.start(request(5, LimitUnit.WORKING_DAYS, "2025-03-04T10:00")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(clocks.findByObject("case", clock.request().objectId())).isEmpty();
        // Nor by its id: another district's clock reads as not there.
        assertThat(clocks.find(clock.id())).isEmpty();
        assertThatThrownBy(() -> clocks.history(clock.id())).hasMessage("计时不存在：" + clock.id());
        assertThatThrownBy(() -> clocks.progress(clock.id(), beijing("2025-03-04T10:00")))
                .hasMessage("计时不存在：" + clock.id());

        accessControl.actAs("lixia-reader", LIXIA, CalendarService.READ_PERMISSION);
        assertThatThrownBy(() -> clocks.pause(clock.id(), pause(PauseKind.HEARING, "只读用户")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(clocks.findByObject("case", clock.request().objectId())).hasSize(1);
        assertThat(clocks.history(clock.id())).extracting(e -> e.kind()).containsExactly(Kind.START);
        assertThat(auditLog.entries()).isEmpty();
    }

    @Test
    void startingAndEveryChangeOfAClockIsAuditedWithWhatChanged() {
        time.set("2025-03-03T10:00");
        DeadlineClock clock = clocks.start(request(5, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));
        clocks.pause(clock.id(), pause(PauseKind.INSPECTION, "检验检测"));
        time.set("2025-03-04T10:00");
        clocks.resume(clock.id());
        clocks.extend(clock.id(), 10, "王局长", "情况复杂");
        clocks.complete(clock.id());

        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .containsExactly(
                        "worktime.clock.start",
                        "worktime.clock.pause",
                        "worktime.clock.resume",
                        "worktime.clock.extend",
                        "worktime.clock.complete");
        assertThat(auditLog.entries().get(1).detail()).contains("检验检测");
        assertThat(auditLog.entries().get(3).detail()).contains("+10", "王局长", "情况复杂");
        assertThat(auditLog.entries()).allSatisfy(e -> assertThat(e.target()).startsWith("clock/" + clock.id()));
    }

    /** 行政许可法 第42条: an extension is decided within the time limit; afterwards the case stays late. */
    @Test
    void anOverdueClockCannotBeExtendedSoItStaysLateInTheReport() {
        time.set("2025-03-03T10:00");
        DeadlineClock clock = clocks.start(request(1, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));
        time.set("2025-03-17T10:00"); // ten working days overdue

        assertThatThrownBy(() -> clocks.extend(clock.id(), 10, "王局长", "补办延期"))
                .isInstanceOf(WorktimeException.class)
                .hasMessageContaining("第四十二条");
        assertThatThrownBy(() -> clocks.extend(clock.id(), 100, "王局长", "补办延期")).isInstanceOf(WorktimeException.class);
        assertThat(clocks.complete(clock.id()).onTime()).isFalse();
        assertThat(clocks.report(
                        ReportRow.Grouping.DEPARTMENT, beijing("2025-03-01T00:00"), beijing("2025-04-01T00:00")))
                .singleElement()
                .satisfies(row -> assertThat(row.onTimeRate()).isZero());
    }

    @Test
    void aWorkflowTransitionStartsPausesExtendsAndCompletesTheCasesClock() {
        time.set("2025-03-03T10:00");
        WorkflowClockAdapter adapter = new WorkflowClockAdapter(clocks, calendars);
        var state2 = new org.tongban.platform.workflow.WorkflowState(
                "intake", "SL370102202503030001", "ACCEPTED", 2, LIXIA, null, beijing("2025-03-03T10:00"));
        long id = adapter.apply(
                org.tongban.platform.workflow.ClockEffect.START,
                state2,
                null,
                null,
                java.util.Map.of(
                        "limit", "20",
                        "unit", "WORKING_DAYS",
                        "department", "市场监管局",
                        "acceptedAt", beijing("2025-03-03T10:00").toString()));
        adapter.apply(
                org.tongban.platform.workflow.ClockEffect.PAUSE,
                state2,
                id,
                "专家评审",
                java.util.Map.of(
                        "pauseKind", "EXPERT_REVIEW", "expectedDuration", "约 10 个工作日", "writtenNotice", "告知书〔2025〕3号"));
        adapter.apply(org.tongban.platform.workflow.ClockEffect.RESUME, state2, id, null, java.util.Map.of());
        adapter.apply(
                org.tongban.platform.workflow.ClockEffect.EXTEND,
                state2,
                id,
                "情况复杂",
                java.util.Map.of("amount", "10", "approver", "王局长"));
        adapter.apply(org.tongban.platform.workflow.ClockEffect.COMPLETE, state2, id, null, java.util.Map.of());

        assertThat(clocks.findByObject("intake", "SL370102202503030001"))
                .singleElement()
                .satisfies(clock -> {
                    assertThat(clock.request().limit()).isEqualTo(20);
                    assertThat(clock.extension()).isEqualTo(10);
                    assertThat(clock.state()).isEqualTo(ClockState.COMPLETED);
                });
        assertThatThrownBy(() -> adapter.apply(
                        org.tongban.platform.workflow.ClockEffect.START,
                        state2,
                        null,
                        null,
                        java.util.Map.of("limit", "二十")))
                .isInstanceOf(WorktimeException.class)
                .hasMessageContaining("整数");
    }

    @Test
    void aClockStartedInTheCallersTransactionRollsBackWithIt() {
        time.set("2025-03-03T10:00");
        assertThatThrownBy(() -> database().transactions().required(c -> {
                    clocks.start(request(5, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));
                    throw new IllegalStateException("the case could not be saved");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("worktime_clock")).isZero();
        assertThat(count("worktime_clock_event")).isZero();

        DeadlineClock kept = database()
                .transactions()
                .required(c -> clocks.start(request(5, LimitUnit.WORKING_DAYS, "2025-03-03T10:00")));
        assertThat(clocks.find(kept.id())).isPresent();
    }

    @Test
    void aClockReachingAYearWithoutANoticeIsProvisionalUntilTheNoticeIsLoaded() {
        // Accepted Friday 2026-12-04 with 20 working days: the count reaches 2027, whose notice is not published yet.
        time.set("2026-12-04T10:00");
        DeadlineClock clock = clocks.start(request(20, LimitUnit.WORKING_DAYS, "2026-12-04T10:00"));
        assertThat(clock.deadline()).isEqualTo(beijing("2027-01-01T17:30"));
        assertThat(clock.provisional()).isTrue();
        assertThat(clocks.progress(clock.id(), beijing("2026-12-07T10:00")).provisional())
                .isTrue();
        assertThat(calendars.holidayYears())
                .filteredOn(year -> year.year() == 2027)
                .extracting(HolidayYear::source)
                .containsExactly(HolidayYear.Source.PROVISIONAL);
        DeadlineClock inCoveredYear = clocks.start(request(5, LimitUnit.WORKING_DAYS, "2026-12-04T11:00"));
        assertThat(inCoveredYear.provisional()).isFalse();

        accessControl.actAs("admin", JINAN, CalendarService.HOLIDAYS_PERMISSION, CalendarService.READ_PERMISSION);
        time.set("2026-12-20T09:00");
        HolidayYearLoaded loaded = calendars.loadHolidayYear(ProvisionalYearsTest.NOTICE_2027);

        assertThat(loaded.recomputedClocks()).isEqualTo(1);
        assertThat(loaded.year().source()).isEqualTo(HolidayYear.Source.LOADED);
        assertThat(loaded.year().offDays()).isEqualTo(3);
        assertThat(loaded.year().loadedBy()).isEqualTo("admin");
        assertThat(calendars.coveredYears()).contains(2027);
        assertThat(calendars.provisionalYears()).containsExactly(2028, 2029);
        DeadlineClock recomputed = clocks.find(clock.id()).orElseThrow();
        assertThat(recomputed.deadline()).isEqualTo(beijing("2027-01-04T17:30"));
        assertThat(recomputed.provisional()).isFalse();
        assertThat(clocks.history(clock.id()).getLast().kind()).isEqualTo(Kind.RECOMPUTE);
        assertThat(clocks.history(clock.id()).getLast().reason())
                .isEqualTo("节假日数据更新，期限由 2027-01-01 17:30 改为 2027-01-04 17:30（已确定）");
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .endsWith("worktime.clock.recompute", "worktime.holidays.load");
        assertThat(clocks.find(inCoveredYear.id()).orElseThrow().deadline()).isEqualTo(inCoveredYear.deadline());
    }

    @Test
    void aCaseCompletedLateOnAProvisionalDeadlineCountsOnTimeOnceTheNoticeMovesIt() {
        time.set("2026-12-04T10:00");
        DeadlineClock clock = clocks.start(request(20, LimitUnit.WORKING_DAYS, "2026-12-04T10:00"));
        time.set("2027-01-04T10:00");
        DeadlineClock completed = clocks.complete(clock.id());
        assertThat(completed.onTime()).isFalse();
        assertThat(completed.provisional()).isTrue();

        accessControl.actAs("admin", JINAN, CalendarService.HOLIDAYS_PERMISSION, CalendarService.READ_PERMISSION);
        calendars.loadHolidayYear(ProvisionalYearsTest.NOTICE_2027);

        DeadlineClock after = clocks.find(clock.id()).orElseThrow();
        assertThat(after.onTime()).isTrue();
        assertThat(after.provisional()).isFalse();
        assertThat(clocks.history(clock.id()).getLast().reason()).endsWith("；改为按时办结");
    }

    @Test
    void loadingANoticeNeedsThePermissionAndABadFileStoresNothing() {
        time.set("2026-12-04T10:00");
        clocks.start(request(20, LimitUnit.WORKING_DAYS, "2026-12-04T10:00"));
        assertThatThrownBy(() -> calendars.loadHolidayYear(ProvisionalYearsTest.NOTICE_2027))
                .isInstanceOf(AccessDeniedException.class);

        accessControl.actAs("admin", JINAN, CalendarService.HOLIDAYS_PERMISSION, CalendarService.READ_PERMISSION);
        assertThatThrownBy(() -> calendars.loadHolidayYear("{\"year\": 2027, \"papers\": [], \"days\": []}"))
                .isInstanceOf(WorktimeException.class)
                .hasMessageStartingWith("2027年的通知中没有任何休息日");
        assertThat(count("worktime_holiday_year")).isZero();
        assertThat(count("worktime_clock WHERE provisional = TRUE")).isEqualTo(1);
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .containsOnly("worktime.clock.start");
    }

    @Test
    void aNoticeLoadedElsewhereIsPickedUpByTheRecomputeJob() throws SQLException {
        time.set("2026-12-04T10:00");
        DeadlineClock clock = clocks.start(request(20, LimitUnit.WORKING_DAYS, "2026-12-04T10:00"));
        // Another node stored the year (or a newer bundle shipped it): this node's job finds the stale clock.
        try (Connection connection = database().dataSource().getConnection();
                var insert = connection.prepareStatement(
                        "INSERT INTO worktime_holiday_year (notice_year, content, loaded_by, loaded_at) VALUES (?, ?, ?, ?)")) {
            insert.setInt(1, 2027);
            insert.setString(
                    2, HolidayFile.parse(ProvisionalYearsTest.NOTICE_2027).toJson());
            insert.setString(3, "admin");
            insert.setObject(4, java.time.OffsetDateTime.parse("2026-12-20T01:00:00Z"));
            insert.executeUpdate();
        }

        assertThat(calendars.recomputeStale()).isEqualTo(1);
        assertThat(clocks.find(clock.id()).orElseThrow().deadline()).isEqualTo(beijing("2027-01-04T17:30"));
        assertThat(calendars.recomputeStale()).isZero();
    }

    /** 居民身份证法 第12条: 60 日 are natural days; a 检验 step excluded by 行政许可法 第45条 moves the deadline. */
    @Test
    void aClockInNaturalDaysCountsEveryDayAndAPauseMovesItByTheCalendarDaysPaused() {
        time.set("2025-09-15T10:00");
        DeadlineClock idCard = clocks.start(request(60, LimitUnit.NATURAL_DAYS, "2025-09-15T10:00"));
        assertThat(idCard.deadline()).isEqualTo(beijing("2025-11-14T17:30"));

        time.set("2025-09-20T10:00");
        clocks.pause(idCard.id(), pause(PauseKind.INSPECTION, "指纹信息复核"));
        time.set("2025-09-25T10:00");
        assertThat(clocks.resume(idCard.id()).deadline()).isEqualTo(beijing("2025-11-19T17:30"));
        time.set("2025-11-01T10:00");
        assertThat(clocks.complete(idCard.id()).onTime()).isTrue();
        // Counted from 09-15 to 11-01 (47 days), 5 of them paused.
        assertThat(clocks.report(
                        ReportRow.Grouping.DEPARTMENT, beijing("2025-11-01T00:00"), beijing("2025-11-02T00:00")))
                .singleElement()
                .satisfies(row -> assertThat(row.averageElapsed()).isEqualTo(42.0));
    }

    /** 护照: 15 日, extendable to 30 日 in all (出境入境管理法 第11条); day 15 falls in the National Day holiday. */
    @Test
    void aMattersOwnExtensionRuleCapsCountAndAmount() {
        time.set("2025-09-16T10:00");
        DeadlineClock passport = clocks.start(new ClockRequest(
                "case",
                "HZ-1",
                LIXIA,
                "公安局出入境管理支队",
                "护照",
                15,
                LimitUnit.NATURAL_DAYS,
                beijing("2025-09-16T10:00"),
                null,
                new org.tongban.worktime.ExtensionRule(1, 15)));
        assertThat(passport.deadline()).isEqualTo(beijing("2025-10-09T17:30"));

        assertThatThrownBy(() -> clocks.extend(passport.id(), 16, "处长", "核查"))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("延长总量不能超过 15 日（已延长 0 日）");
        assertThat(clocks.extend(passport.id(), 15, "处长", "需核查出入境记录").deadline())
                .isEqualTo(beijing("2025-10-16T17:30"));
        assertThatThrownBy(() -> clocks.extend(passport.id(), 1, "处长", "再延"))
                .isInstanceOf(WorktimeException.class)
                .hasMessage("延期次数已达上限：最多 1 次");
    }

    /** 行政许可法 第42条 (the default rule for working days): once, by at most ten working days. */
    @Test
    void withoutARuleOfItsOwnAClockExtendsAsTheCityDefaultForItsUnitAllows() {
        time.set("2025-03-03T10:00");
        DeadlineClock licence = clocks.start(request(20, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));
        assertThatThrownBy(() -> clocks.extend(licence.id(), 11, "王局长", "情况复杂"))
                .hasMessage("延长总量不能超过 10 个工作日（已延长 0 个工作日）");
        clocks.extend(licence.id(), 5, "王局长", "情况复杂");
        assertThatThrownBy(() -> clocks.extend(licence.id(), 5, "王局长", "还要延")).hasMessage("延期次数已达上限：最多 1 次");

        DeadlineClock hotline = clocks.start(request(24, LimitUnit.NATURAL_HOURS, "2025-03-03T11:00"));
        assertThatThrownBy(() -> clocks.extend(hotline.id(), 2, "班长", "延时")).hasMessage("该时限不能延长（事项未规定延期）");
        assertThat(count("worktime_clock_event WHERE kind = 'EXTEND'")).isEqualTo(1);
    }

    /** 12345's "24 小时" are natural hours, night and weekend included; a pause adds exactly its own length. */
    @Test
    void aClockInNaturalHoursRunsAroundTheClock() {
        time.set("2025-03-01T20:00");
        DeadlineClock ticket = clocks.start(request(24, LimitUnit.NATURAL_HOURS, "2025-03-01T20:00"));
        assertThat(ticket.deadline()).isEqualTo(beijing("2025-03-02T20:00"));
        assertThat(ticket.provisional()).isFalse();
        time.set("2025-03-02T08:00");
        clocks.pause(ticket.id(), pause(PauseKind.APPRAISAL, "现场鉴定"));
        time.set("2025-03-02T10:30");
        assertThat(clocks.resume(ticket.id()).deadline()).isEqualTo(beijing("2025-03-02T22:30"));
    }

    /** 专利侵权纠纷 处理: 3 个月 end on the corresponding day (民法典 第202条). */
    @Test
    void aClockInMonthsEndsOnTheCorrespondingDay() {
        time.set("2025-01-31T10:00");
        DeadlineClock ruling = clocks.start(request(3, LimitUnit.MONTHS, "2025-01-31T10:00"));
        assertThat(ruling.deadline()).isEqualTo(beijing("2025-04-30T17:30"));
    }

    /**
     * 行政许可法 第32条: the 补正 notice is due within five working days of receipt; the applicant meets online deadlines
     * until 24:00 (民法典 第203条第2款), so such a clock chooses that cutoff.
     */
    @Test
    void eachClockChoosesItsCutoff() {
        time.set("2025-03-03T10:00");
        DeadlineClock correction = clocks.start(new ClockRequest(
                "case-correction",
                "SL-1",
                LIXIA,
                "市场监管局",
                "补正",
                5,
                LimitUnit.WORKING_DAYS,
                beijing("2025-03-03T10:00"),
                org.tongban.worktime.Cutoff.END_OF_DAY,
                org.tongban.worktime.ExtensionRule.NONE));
        assertThat(correction.deadline()).isEqualTo(beijing("2025-03-11T00:00"));
        assertThat(clocks.find(correction.id()).orElseThrow().request().cutoff())
                .isEqualTo(org.tongban.worktime.Cutoff.END_OF_DAY);
    }

    /**
     * 行政许可法 第45条 excludes exactly 听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审; another step needs its law named, and the
     * applicant must have been told the expected time in writing. 现场核查 is no excluded step of its own.
     */
    @Test
    void aPauseNamesItsExcludedStepAndTheWrittenNotice() {
        time.set("2025-03-03T10:00");
        DeadlineClock clock = clocks.start(request(20, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));
        assertThatThrownBy(() -> clocks.pause(clock.id(), new PauseRequest(null, null, "3 天", "告知书", "现场核查")))
                .hasMessageStartingWith("请选择暂停计时的环节");
        assertThatThrownBy(() -> clocks.pause(clock.id(), new PauseRequest(PauseKind.OTHER, " ", "3 天", "告知书", "现场核查")))
                .hasMessageStartingWith("其他环节暂停计时须写明法律依据");
        assertThatThrownBy(() ->
                        clocks.pause(clock.id(), new PauseRequest(PauseKind.TESTING, null, "约 15 个工作日", " ", "样品检测")))
                .hasMessage("书面告知（告知书文号或日期）不能为空");
        assertThat(clocks.history(clock.id())).extracting(e -> e.kind()).containsExactly(Kind.START);

        clocks.pause(
                clock.id(), new PauseRequest(PauseKind.OTHER, "食品生产许可管理办法 第二十二条", "约 10 个工作日", "告知书〔2025〕7号", "现场核查"));
        assertThat(clocks.history(clock.id()).getLast().pause())
                .isEqualTo(new PauseRequest(PauseKind.OTHER, "食品生产许可管理办法 第二十二条", "约 10 个工作日", "告知书〔2025〕7号", "现场核查"));
        assertThat(auditLog.entries().getLast().detail()).contains("OTHER (食品生产许可管理办法 第二十二条)", "告知书〔2025〕7号");
    }

    @Test
    void aCityMayAllowFewerPauseKinds() {
        Settings strict = new Settings(Settings.DEFAULTS.defaultOfficeHours(), 2, 80, 0)
                .withClockRules(new ClockRules(
                        java.util.Map.of(), java.util.EnumSet.complementOf(java.util.EnumSet.of(PauseKind.OTHER))));
        JdbcClockService strictClocks =
                new JdbcClockService(database(), calendars, accessControl, auditLog, strict, time);
        assertThat(strictClocks.pauseKinds())
                .as("what a pause dialog offers in this city")
                .containsExactly(
                        PauseKind.HEARING,
                        PauseKind.TENDER,
                        PauseKind.AUCTION,
                        PauseKind.INSPECTION,
                        PauseKind.TESTING,
                        PauseKind.QUARANTINE,
                        PauseKind.APPRAISAL,
                        PauseKind.EXPERT_REVIEW);
        time.set("2025-03-03T10:00");
        DeadlineClock clock = strictClocks.start(request(20, LimitUnit.WORKING_DAYS, "2025-03-03T10:00"));
        assertThatThrownBy(() ->
                        strictClocks.pause(clock.id(), new PauseRequest(PauseKind.OTHER, "某办法", "3 天", "告知书", "现场核查")))
                .hasMessage("本地规则不允许因该环节暂停计时：OTHER");
        assertThatThrownBy(() -> strictClocks.extend(clock.id(), 1, "王局长", "延期"))
                .hasMessage("该时限不能延长（事项未规定延期）");
    }

    /** The demo guides publish 13:00-17:00 in winter: a city sets seasons, a district a half day; both count. */
    @Test
    void seasonalHoursAndAHalfDayMoveClosingTimeAndWorkingHours() {
        accessControl.actAs("city-admin", JINAN, CalendarService.EDIT_PERMISSION);
        calendars.setSeasonalHours(
                JINAN,
                List.of(new SeasonalHours(
                        java.time.MonthDay.of(10, 1),
                        java.time.MonthDay.of(4, 30),
                        org.tongban.worktime.OfficeHours.parse("09:00-12:00,13:00-17:00"))));
        accessControl.actAs("lixia-admin", LIXIA, CalendarService.EDIT_PERMISSION);
        calendars.setDateHours(LIXIA, LocalDate.parse("2025-03-04"), "09:00-12:00", "下午停电检修");

        var lixia = calendars.calendar(LIXIA);
        assertThat(lixia.addWorkingDays(beijing("2025-02-26T10:00"), 1))
                .as("winter")
                .isEqualTo(beijing("2025-02-27T17:00"));
        assertThat(lixia.addWorkingDays(beijing("2025-06-03T10:00"), 1))
                .as("summer")
                .isEqualTo(beijing("2025-06-04T17:30"));
        assertThat(lixia.addWorkingDays(beijing("2025-03-03T10:00"), 1))
                .as("half day")
                .isEqualTo(beijing("2025-03-04T12:00"));
        // Three office hours on the half day, the fourth on the next winter morning.
        assertThat(lixia.addWorkingHours(beijing("2025-03-04T09:00"), 4)).isEqualTo(beijing("2025-03-05T10:00"));
        assertThat(calendars.calendar(SHIZHONG).addWorkingDays(beijing("2025-03-03T10:00"), 1))
                .as("another district keeps the city's winter hours")
                .isEqualTo(beijing("2025-03-04T17:00"));
        assertThat(calendars.rules(LIXIA).dateHours()).singleElement().satisfies(day -> assertThat(day.note())
                .isEqualTo("下午停电检修"));
        assertThat(auditLog.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .containsExactly("worktime.seasons.set", "worktime.datehours.set");

        calendars.removeDateHours(LIXIA, LocalDate.parse("2025-03-04"));
        assertThat(calendars.calendar(LIXIA).addWorkingDays(beijing("2025-03-03T10:00"), 1))
                .isEqualTo(beijing("2025-03-04T17:00"));
    }

    @Test
    void overlappingSeasonsAndAnotherDistrictsHoursAreRefused() {
        accessControl.actAs("city-admin", JINAN, CalendarService.EDIT_PERMISSION);
        var hours = org.tongban.worktime.OfficeHours.parse("09:00-17:00");
        assertThatThrownBy(() -> calendars.setSeasonalHours(
                        JINAN,
                        List.of(
                                new SeasonalHours(java.time.MonthDay.of(10, 1), java.time.MonthDay.of(4, 30), hours),
                                new SeasonalHours(java.time.MonthDay.of(4, 1), java.time.MonthDay.of(9, 30), hours))))
                .isInstanceOf(WorktimeException.class)
                .hasMessageStartingWith("季节办公时间的日期不能重叠");
        accessControl.actAs("shizhong-admin", SHIZHONG, CalendarService.EDIT_PERMISSION);
        assertThatThrownBy(() -> calendars.setDateHours(LIXIA, LocalDate.parse("2025-03-04"), "09:00-12:00", "越权"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.setDateHours(SHIZHONG, LocalDate.parse("2025-03-04"), "12:00-09:00", "错"))
                .isInstanceOf(WorktimeException.class);
        assertThat(count("worktime_office_season")).isZero();
        assertThat(count("worktime_date_hours")).isZero();
        assertThat(auditLog.entries()).isEmpty();
    }

    private static PauseRequest pause(PauseKind kind, String reason) {
        return new PauseRequest(kind, null, "约 10 个工作日", "告知书〔2025〕1号", reason);
    }

    private static ClockRequest request(int limit, LimitUnit unit, String accepted) {
        return new ClockRequest("case", "SL-" + accepted, LIXIA, "市场监管局", "食品经营许可", limit, unit, beijing(accepted));
    }

    private int count(String tableAndCondition) {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + tableAndCondition)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
