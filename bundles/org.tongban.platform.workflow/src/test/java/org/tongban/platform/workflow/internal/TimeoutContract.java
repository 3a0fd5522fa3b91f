package org.tongban.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.platform.workflow.Timeout;
import org.tongban.platform.workflow.Transition;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.WorkflowException;
import org.tongban.platform.workflow.WorkflowState;
import org.tongban.platform.workflow.testing.TableTimers;
import org.tongban.testing.TestDatabase;

/**
 * Timeouts on a real database: 行政许可法 第三十二条第一款第四项 (申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容，
 * 逾期不告知的，自收到申请材料之日起即为受理), the five days being working days (第八十二条). The working-time engine's own
 * calendars are tested with this rule in its bundle; here the clock counts Monday to Friday, closing at 17:30.
 */
abstract class TimeoutContract {
    static final String LIXIA = "370102";
    static final String SHIZHONG = "370103";
    static final String QINGDAO_SHINAN = "370202";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String DEEMED = "逾期未告知补正内容，视为受理";

    /** The first steps of comprehensive intake with the 补正 notice deadline of 第三十二条. */
    static final WorkflowDefinition CORRECTION = WorkflowDefinition.of("intake-c", "RECEIVED")
            .on("RECEIVED", "notifyCorrection", "CORRECTING")
            .permission("intake:handle")
            .reason()
            .on("RECEIVED", "accept", "ACCEPTED")
            .permission("intake:handle")
            .clock(ClockEffect.START)
            .on("RECEIVED", "deemAccept", "ACCEPTED")
            .permission(Transition.SYSTEM)
            .clock(ClockEffect.START)
            .on("CORRECTING", "corrected", "ACCEPTED")
            .permission("intake:handle")
            .clock(ClockEffect.START)
            .timeout(Timeout.of("RECEIVED", 5, "WORKING_DAYS", "deemAccept", DEEMED)
                    .cutoff("CLOSING_TIME")
                    .clockAsOf("RECEIVED"))
            .build();

    abstract TestDatabase open();

    TestDatabase db;
    Transactions tx;
    final Fakes.Clerk clerk = new Fakes.Clerk();
    final WorkflowContract.MutableClock time = new WorkflowContract.MutableClock(beijing("2025-03-03T10:00"));
    final List<String> clockCalls = Collections.synchronizedList(new ArrayList<>());
    Fakes.Committed committed;
    TableTimers timers;

    @BeforeEach
    void setUp() {
        db = open();
        db.execute(TableTimers.TABLE);
        tx = db.transactions();
        committed = new Fakes.Committed(tx);
        timers = new TableTimers(tx);
        clerk.actAs("lixia.clerk", Set.of(LIXIA, SHIZHONG, QINGDAO_SHINAN), "intake:handle", "intake:read");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    JdbcWorkflows workflows(String... cityAmounts) {
        JdbcWorkflows workflows =
                new JdbcWorkflows(tx, clerk, committed, committed, time, TimeoutAmounts.parse(cityAmounts));
        workflows.setTimers(timers);
        workflows.setWorkflowClock(new WeekdayClock());
        return workflows;
    }

    @Test
    void article32ApplicationNobodyActsOnIsAcceptedBySystemAfterFiveWorkingDaysWithClockFromReceipt() throws Exception {
        JdbcWorkflows workflows = workflows();
        // The matter's legal limit is known at receipt; the timeout's acceptance starts the clock with it.
        workflows.create(CORRECTION, "SL-1", LIXIA, "receive", "窗口收件", Map.of("limit", "20", "unit", "WORKING_DAYS"));

        assertThat(timers.due(TimeoutTimers.NAME, "intake-c/SL-1/RECEIVED"))
                .as("Monday 3 March + 5 working days = Monday 10 March, closing time")
                .hasValue(beijing("2025-03-10T17:30"));
        assertThat(workflows.available(CORRECTION, "SL-1"))
                .extracting(Transition::action)
                .containsExactly("notifyCorrection", "accept");
        assertThatThrownBy(() -> workflows.transition(CORRECTION, "SL-1", "deemAccept", 1, null, Map.of()))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("只能由系统");

        time.set(beijing("2025-03-10T17:29"));
        assertThat(timers.fireDue(time.instant(), workflows)).isZero();
        time.set(beijing("2025-03-10T17:30"));
        clerk.logout();
        assertThat(timers.fireDue(time.instant(), workflows)).isOne();

        clerk.actAs("lixia.clerk", Set.of(LIXIA), "intake:handle", "intake:read");
        WorkflowState state = workflows.find(CORRECTION, "SL-1").orElseThrow();
        assertThat(state.state()).isEqualTo("ACCEPTED");
        assertThat(state.version()).isEqualTo(2);
        assertThat(state.clockId()).isEqualTo(7L);
        assertThat(clockCalls)
                .as("the legal clock counts from receipt (第三十二条: 自收到申请材料之日起即为受理), as the system")
                .containsExactly(
                        "system START SL-1 acceptedAt=" + beijing("2025-03-03T10:00") + ",limit=20,unit=WORKING_DAYS");
        assertThat(workflows.history(CORRECTION, "SL-1"))
                .extracting(HistoryEntry::action, HistoryEntry::to, HistoryEntry::actor, HistoryEntry::reason)
                .containsExactly(
                        tuple("receive", "RECEIVED", "lixia.clerk", "窗口收件"),
                        tuple("deemAccept", "ACCEPTED", "系统", DEEMED));
        assertThat(committed.events).last().isEqualTo("intake-c/DEEMACCEPT intake-c/SL-1 RECEIVED->ACCEPTED");
        assertThat(committed.audit).last().asString().contains("intake-c.deemAccept", DEEMED);
        assertThat(timers.due(TimeoutTimers.NAME, "intake-c/SL-1/RECEIVED")).isEmpty();
    }

    @Test
    void anApplicationLoadedWithoutAClerkIsDeemedAcceptedWithTheLimitItCameWith() throws Exception {
        JdbcWorkflows workflows = workflows();
        // The applicant applies online: nobody holds a permission, the owning bundle checked the applicant itself.
        clerk.logout();
        workflows.load(
                CORRECTION,
                "SL-9",
                LIXIA,
                "RECEIVED",
                "receive",
                "网上申请",
                Map.of("limit", "20", "unit", "WORKING_DAYS"));

        assertThat(timers.due(TimeoutTimers.NAME, "intake-c/SL-9/RECEIVED")).hasValue(beijing("2025-03-10T17:30"));
        time.set(beijing("2025-03-10T17:30"));
        assertThat(timers.fireDue(time.instant(), workflows)).isOne();

        assertThat(clockCalls)
                .containsExactly(
                        "system START SL-9 acceptedAt=" + beijing("2025-03-03T10:00") + ",limit=20,unit=WORKING_DAYS");
        clerk.actAs("lixia.clerk", Set.of(LIXIA), "intake:handle", "intake:read");
        assertThat(workflows.history(CORRECTION, "SL-9"))
                .extracting(HistoryEntry::action, HistoryEntry::actor)
                .containsExactly(tuple("receive", "system"), tuple("deemAccept", "系统"));
    }

    @Test
    void article32CorrectionNoticeSentOnDayThreeCancelsTheDeemedAcceptance() throws Exception {
        JdbcWorkflows workflows = workflows();
        workflows.create(CORRECTION, "SL-2", LIXIA, "receive", null);
        Map<String, String> pending = pendingPayload("intake-c/SL-2/RECEIVED");

        time.set(beijing("2025-03-05T15:00"));
        workflows.transition(CORRECTION, "SL-2", "notifyCorrection", 1, "缺少营业执照副本", Map.of());

        assertThat(timers.due(TimeoutTimers.NAME, "intake-c/SL-2/RECEIVED")).isEmpty();
        time.set(beijing("2025-03-11T09:00"));
        assertThat(timers.fireDue(time.instant(), workflows)).isZero();
        // Even a timer the scheduler had already picked up finds the case moved on and leaves it.
        clerk.logout();
        workflows.fire("intake-c/SL-2/RECEIVED", pending);

        clerk.actAs("lixia.clerk", Set.of(LIXIA), "intake:handle", "intake:read");
        assertThat(workflows.find(CORRECTION, "SL-2").orElseThrow().state()).isEqualTo("CORRECTING");
        assertThat(workflows.history(CORRECTION, "SL-2"))
                .extracting(HistoryEntry::actor)
                .doesNotContain("系统");
        assertThat(clockCalls).isEmpty();
    }

    @Test
    void aTimerFiringAfterAConcurrentManualAcceptanceFindsAStaleVersionAndDoesNothing() throws Exception {
        JdbcWorkflows workflows = workflows();
        workflows.create(CORRECTION, "SL-3", LIXIA, "receive", null);
        Map<String, String> pending = pendingPayload("intake-c/SL-3/RECEIVED");

        time.set(beijing("2025-03-10T17:30"));
        // The clerk accepts at the last moment, just before the timer's handler gets the case's row lock.
        tx.required(c -> {
            workflows.transition(CORRECTION, "SL-3", "accept", 1, null, Map.of("limit", "20"));
            return null;
        });
        clerk.logout();
        workflows.fire("intake-c/SL-3/RECEIVED", pending);

        clerk.actAs("lixia.clerk", Set.of(LIXIA), "intake:handle", "intake:read");
        WorkflowState state = workflows.find(CORRECTION, "SL-3").orElseThrow();
        assertThat(state.version()).isEqualTo(2);
        assertThat(workflows.history(CORRECTION, "SL-3"))
                .extracting(HistoryEntry::action)
                .containsExactly("receive", "accept");
        assertThat(clockCalls).containsExactly("lixia.clerk START SL-3 limit=20");
    }

    @Test
    void aCitysThreeWorkingDayDefaultMovesTheDueInstantForItsDistrictsOnly() {
        JdbcWorkflows workflows = workflows("intake-c/RECEIVED@370100=3");
        workflows.create(CORRECTION, "SL-4", LIXIA, "receive", null);
        workflows.create(CORRECTION, "SL-5", QINGDAO_SHINAN, "receive", null);

        assertThat(timers.due(TimeoutTimers.NAME, "intake-c/SL-4/RECEIVED"))
                .as("Jinan's 3 working days for 历下区")
                .hasValue(beijing("2025-03-06T17:30"));
        assertThat(timers.due(TimeoutTimers.NAME, "intake-c/SL-5/RECEIVED"))
                .as("the law's 5 working days in Qingdao")
                .hasValue(beijing("2025-03-10T17:30"));

        JdbcWorkflows districtToo = workflows("intake-c/RECEIVED@370100=3", "intake-c/RECEIVED@370102=2");
        districtToo.create(CORRECTION, "SL-7", LIXIA, "receive", null);
        districtToo.create(CORRECTION, "SL-8", SHIZHONG, "receive", null);
        assertThat(timers.due(TimeoutTimers.NAME, "intake-c/SL-7/RECEIVED"))
                .as("历下区's own 2 days win over Jinan's 3")
                .hasValue(beijing("2025-03-05T17:30"));
        assertThat(timers.due(TimeoutTimers.NAME, "intake-c/SL-8/RECEIVED"))
                .as("市中区 keeps Jinan's 3")
                .hasValue(beijing("2025-03-06T17:30"));
        assertThatThrownBy(() -> TimeoutAmounts.parse(new String[] {"intake-c/RECEIVED=三"}))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("超时时限配置格式");
    }

    @Test
    void aStepIntoAWatchedStateThatRollsBackLeavesNoTimer() {
        JdbcWorkflows workflows = workflows();
        assertThatThrownBy(() -> tx.required(c -> {
                    workflows.create(CORRECTION, "SL-6", LIXIA, "receive", null);
                    throw new IllegalStateException("附件校验失败");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(timers.due(TimeoutTimers.NAME, "intake-c/SL-6/RECEIVED")).isEmpty();

        workflows.unsetTimers(timers);
        assertThatThrownBy(() -> workflows.create(CORRECTION, "SL-6", LIXIA, "receive", null))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("定时服务不可用");
        assertThat(workflows.find(CORRECTION, "SL-6")).isEmpty();
    }

    @Test
    void aTimeoutWhoseActionIsNotARowOutOfItsStateIsRefusedWhenTheDefinitionIsBuilt() {
        assertThatThrownBy(() -> WorkflowDefinition.of("intake-c", "RECEIVED")
                        .on("RECEIVED", "accept", "ACCEPTED")
                        .permission("intake:handle")
                        .timeout(Timeout.of("RECEIVED", 5, "WORKING_DAYS", "deemAcept", DEEMED))
                        .build())
                .as("an unknown action")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("「deemAcept」不是从该状态出发的流转");
        assertThatThrownBy(() -> WorkflowDefinition.of("intake-c", "RECEIVED")
                        .on("RECEIVED", "notifyCorrection", "CORRECTING")
                        .permission("intake:handle")
                        .on("RECEIVED", "deemAccept", "ACCEPTED")
                        .permission(Transition.SYSTEM)
                        .timeout(Timeout.of("CORRECTING", 5, "WORKING_DAYS", "deemAccept", DEEMED))
                        .build())
                .as("a state without that row")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("状态「CORRECTING」的超时");
        assertThatThrownBy(() -> Timeout.of("RECEIVED", 5, "WORKING_DAYS", "deemAccept", " "))
                .hasMessageContaining("须写明原因");
    }

    private Map<String, String> pendingPayload(String timerId) {
        return tx.read(c -> org.tongban.platform.api.jdbc.Jdbc.one(
                        c,
                        "SELECT payload FROM test_timer WHERE id = ?",
                        r -> TableTimers.payload(r.getString("payload")),
                        timerId))
                .orElseThrow();
    }

    static Instant beijing(String local) {
        return java.time.LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }

    /** Working days Monday to Friday, closing at 17:30; the day of receipt is not counted (民法典 第二百零一条). */
    final class WeekdayClock implements WorkflowClock {
        @Override
        public long apply(
                ClockEffect effect, WorkflowState state, Long clockId, String reason, Map<String, String> details) {
            clockCalls.add(clerk.currentUser().map(u -> u.username()).orElse("nobody") + " " + effect + " " + state.id()
                    + " " + details(details));
            return 7L;
        }

        @Override
        public long applyAsSystem(
                ClockEffect effect, WorkflowState state, Long clockId, String reason, Map<String, String> details) {
            clockCalls.add("system " + effect + " " + state.id() + " " + details(details));
            return 7L;
        }

        @Override
        public Instant due(String jurisdictionCode, Instant from, int amount, String unit, String cutoff) {
            assertThat(unit).isEqualTo("WORKING_DAYS");
            LocalDate day = from.atZone(BEIJING).toLocalDate();
            for (int counted = 0; counted < amount; ) {
                day = day.plusDays(1);
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    counted++;
                }
            }
            return day.atTime(LocalTime.of(17, 30)).atZone(BEIJING).toInstant();
        }

        private static String details(Map<String, String> details) {
            return String.join(
                    ",",
                    new java.util.TreeMap<>(details)
                            .entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .toList());
        }
    }
}
