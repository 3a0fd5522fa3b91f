package org.tongban.worktime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.testing.Jinan.LIXIA;
import static org.tongban.testing.MutableClock.beijing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.platform.workflow.Timeout;
import org.tongban.platform.workflow.Transition;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.internal.JdbcWorkflows;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.MutableClock;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.DeadlineClock;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.TimeLimit;

/**
 * 行政许可法 第三十二条第一款第四项 with the real calendars: an application nobody tells to correct within five working
 * days (第八十二条) counts as accepted on the day of receipt, so its legal clock has the deadline of one started at
 * receipt.
 */
abstract class DeemedAcceptanceContract {
    static final String CHANGELOG = "db/worktime-with-workflow.xml";
    static final String DEEMED = "逾期未告知补正内容，视为受理";
    static final WorkflowDefinition INTAKE = WorkflowDefinition.of("intake", "RECEIVED")
            .on("RECEIVED", "notifyCorrection", "CORRECTING")
            .permission("intake:handle")
            .reason()
            .on("RECEIVED", "accept", "ACCEPTED")
            .permission("intake:handle")
            .clock(ClockEffect.START)
            .on("RECEIVED", "deemAccept", "ACCEPTED")
            .permission(Transition.SYSTEM)
            .clock(ClockEffect.START)
            .timeout(Timeout.of("RECEIVED", 5, "WORKING_DAYS", "deemAccept", DEEMED)
                    .clockAsOf("RECEIVED"))
            .build();

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final FakeAccessControl accessControl = new FakeAccessControl(jurisdictions);
    private final RecordingAuditLog auditLog = new RecordingAuditLog();
    private final MutableClock time =
            new MutableClock(java.time.Instant.parse("2025-01-01T00:00:00Z"), MutableClock.BEIJING);
    private final MapTimers timers = new MapTimers();
    private final List<String> events = new ArrayList<>();
    private JdbcCalendarService calendars;
    private JdbcClockService clocks;
    private JdbcWorkflows workflows;

    abstract Database database();

    @BeforeEach
    void services() {
        database().transactions().required(c -> {
            for (String table : List.of(
                    "worktime_clock_event", "worktime_clock", "platform_workflow_history", "platform_workflow")) {
                c.createStatement().executeUpdate("DELETE FROM " + table);
            }
            return null;
        });
        Settings settings = new Settings(Settings.DEFAULTS.defaultOfficeHours(), 2, 80, 0);
        calendars = new JdbcCalendarService(database(), accessControl, auditLog, jurisdictions, settings, time);
        clocks = new JdbcClockService(database(), calendars, accessControl, auditLog, settings, time);
        workflows = new JdbcWorkflows(
                database(), accessControl, auditLog, (topic, aggregate, payload) -> events.add(topic), time);
        workflows.setWorkflowClock(new WorkflowClockAdapter(clocks, calendars));
        workflows.setTimers(timers);
        accessControl.actAs(
                "lixia-clerk",
                LIXIA,
                "intake:handle",
                "intake:read",
                ClockService.CLOCK_PERMISSION,
                org.tongban.worktime.CalendarService.READ_PERMISSION);
    }

    @Test
    void article32NoCorrectionNoticeWithinFiveWorkingDaysMeansAcceptedOnTheDayOfReceipt() throws Exception {
        time.set("2025-03-03T10:00");
        workflows.create(INTAKE, "SL370102202503030001", LIXIA, "receive", "窗口收件", Map.of("limit", "20"));

        assertThat(timers.due("intake/SL370102202503030001/RECEIVED"))
                .as("Monday 3 March 2025 + 5 working days: Monday 10 March, closing time")
                .isEqualTo(beijing("2025-03-10T17:30"));
        time.set("2025-03-10T17:30");
        accessControl.logOut();
        timers.fire("intake/SL370102202503030001/RECEIVED", workflows);

        accessControl.actAs(
                "lixia-clerk",
                LIXIA,
                "intake:handle",
                "intake:read",
                ClockService.CLOCK_PERMISSION,
                org.tongban.worktime.CalendarService.READ_PERMISSION);
        assertThat(workflows.find(INTAKE, "SL370102202503030001").orElseThrow().state())
                .isEqualTo("ACCEPTED");
        assertThat(workflows.history(INTAKE, "SL370102202503030001").getLast())
                .extracting(HistoryEntry::actor, HistoryEntry::reason)
                .containsExactly("系统", DEEMED);
        DeadlineClock clock =
                clocks.findByObject("intake", "SL370102202503030001").getFirst();
        assertThat(clock.deadline())
                .as("20 working days from receipt on 3 March, not from the deemed acceptance on 10 March")
                .isEqualTo(calendars.calendar(LIXIA).deadline(beijing("2025-03-03T10:00"), TimeLimit.workingDays(20)))
                .isEqualTo(beijing("2025-03-31T17:30"));
        assertThat(events).containsExactly("intake/RECEIVE", "intake/DEEMACCEPT");
    }

    @Test
    void article32FiveWorkingDaysSkipTheQingmingHolidays() {
        time.set("2025-04-01T10:00");
        workflows.create(INTAKE, "SL370102202504010001", LIXIA, "receive", null, Map.of("limit", "20"));

        // 清明节 2025: 4 to 6 April off (国务院办公厅 国办发明电〔2024〕12号)
        assertThat(timers.due("intake/SL370102202504010001/RECEIVED")).isEqualTo(beijing("2025-04-09T17:30"));
        WorkflowClockAdapter adapter = new WorkflowClockAdapter(clocks, calendars);
        assertThat(adapter.due(LIXIA, beijing("2025-04-01T10:00"), 5, "WORKING_DAYS", "END_OF_DAY"))
                .isEqualTo(beijing("2025-04-10T00:00"));
        assertThat(adapter.due(LIXIA, beijing("2025-04-01T10:00"), 2, LimitUnit.NATURAL_HOURS.name(), null))
                .isEqualTo(beijing("2025-04-01T12:00"));
        assertThatThrownBy(() -> adapter.due(LIXIA, beijing("2025-04-01T10:00"), 5, "WEEKS", null))
                .hasMessageContaining("未知的时限单位");
    }

    @Test
    void aClerkWithoutClockPermissionCannotStartAClockButTheSystemsTimeoutCan() {
        accessControl.logOut();
        WorkflowClockAdapter adapter = new WorkflowClockAdapter(clocks, calendars);
        var state = new org.tongban.platform.workflow.WorkflowState(
                "intake", "SL-X", "RECEIVED", 1, LIXIA, null, beijing("2025-03-03T10:00"));
        Map<String, String> details =
                Map.of("limit", "20", "acceptedAt", beijing("2025-03-03T10:00").toString());

        assertThatThrownBy(() -> adapter.apply(ClockEffect.START, state, null, null, details))
                .isInstanceOf(org.tongban.platform.api.security.AccessDeniedException.class);
        long id = adapter.applyAsSystem(ClockEffect.START, state, null, null, details);
        assertThatThrownBy(() -> adapter.apply(ClockEffect.COMPLETE, state, id, null, Map.of()))
                .as("the system's exemption ends with its own step")
                .isInstanceOf(org.tongban.platform.api.security.AccessDeniedException.class);
    }

    /** The scheduler's timers as far as these tests need them: set, cancelled, fired by hand. */
    static final class MapTimers implements Timers {
        private final Map<String, Instant> due = new ConcurrentHashMap<>();
        private final Map<String, Map<String, String>> payloads = new ConcurrentHashMap<>();

        @Override
        public void schedule(String name, String id, Instant at, Map<String, String> payload) {
            due.put(id, at);
            payloads.put(id, Map.copyOf(payload));
        }

        @Override
        public boolean cancel(String name, String id) {
            payloads.remove(id);
            return due.remove(id) != null;
        }

        @Override
        public Optional<Instant> due(String name, String id) {
            return Optional.ofNullable(due.get(id));
        }

        Instant due(String id) {
            return due.get(id);
        }

        void fire(String id, JdbcWorkflows handler) throws Exception {
            Map<String, String> payload = payloads.get(id);
            handler.fire(id, payload);
            cancel("workflow-timeout", id);
        }
    }
}
