package org.tongban.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.WorkflowException;
import org.tongban.platform.workflow.WorkflowState;
import org.tongban.testing.TestDatabase;

/** Transition tables on a real database: one transaction per step, two clerks on one case, numbers per day. */
abstract class WorkflowContract {
    static final String LIXIA = "370102";
    static final String SHIZHONG = "370103";

    /** The shape of comprehensive intake's first steps, as the intake feature will declare it. */
    static final WorkflowDefinition INTAKE = WorkflowDefinition.of("intake", "RECEIVED")
            .on("RECEIVED", "accept", "ACCEPTED")
            .permission("intake:handle")
            .clock(ClockEffect.START)
            .on("RECEIVED", "reject", "REJECTED")
            .permission("intake:handle")
            .reason()
            .on("ACCEPTED", "requestSupplement", "SUPPLEMENT")
            .permission("intake:handle")
            .reason()
            .clock(ClockEffect.PAUSE)
            .on("SUPPLEMENT", "supplemented", "ACCEPTED")
            .permission("intake:handle")
            .clock(ClockEffect.RESUME)
            .on("ACCEPTED", "complete", "DONE")
            .permission("intake:approve")
            .clock(ClockEffect.COMPLETE)
            .build();

    abstract TestDatabase open();

    TestDatabase db;
    Transactions tx;
    final Fakes.Clerk clerk = new Fakes.Clerk();
    Fakes.Committed committed;
    JdbcWorkflows workflows;
    final List<String> clockCalls = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() throws Exception {
        db = open();
        tx = db.transactions();
        committed = new Fakes.Committed(tx);
        workflows = new JdbcWorkflows(tx, clerk, committed, committed, Clock.systemUTC());
        workflows.setWorkflowClock(recordingClock());
        clerk.actAs("lixia.clerk", Set.of(LIXIA), "intake:handle", "intake:read");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    WorkflowClock recordingClock() {
        return (effect, state, clockId, reason, details) -> {
            clockCalls.add(effect + " " + state.id() + (reason == null ? "" : " " + reason) + details);
            return clockId == null ? 42L : clockId;
        };
    }

    @Test
    void aCaseMovesThroughItsTableWithHistoryAuditEventsAndItsClock() {
        WorkflowState created = workflows.create(INTAKE, "SL-1", LIXIA);
        assertThat(created.state()).isEqualTo("RECEIVED");
        assertThat(created.version()).isOne();

        Map<String, String> limit = Map.of("limit", "20", "unit", "WORKING_DAYS");
        WorkflowState accepted = workflows.transition(INTAKE, "SL-1", "accept", 1, null, limit);
        WorkflowState paused = workflows.transition(INTAKE, "SL-1", "requestSupplement", 2, "缺少营业执照副本", Map.of());

        assertThat(accepted.clockId()).isEqualTo(42L);
        assertThat(paused.state()).isEqualTo("SUPPLEMENT");
        assertThat(paused.version()).isEqualTo(3);
        assertThat(clockCalls).containsExactly("START SL-1" + limit, "PAUSE SL-1 缺少营业执照副本{}");
        assertThat(workflows.history(INTAKE, "SL-1"))
                .extracting(HistoryEntry::from, HistoryEntry::action, HistoryEntry::to, HistoryEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "create", "RECEIVED", "lixia.clerk"),
                        org.assertj.core.groups.Tuple.tuple("RECEIVED", "accept", "ACCEPTED", "lixia.clerk"),
                        org.assertj.core.groups.Tuple.tuple(
                                "ACCEPTED", "requestSupplement", "SUPPLEMENT", "lixia.clerk"));
        assertThat(committed.events)
                .containsExactly(
                        "intake/CREATE intake/SL-1 ->RECEIVED",
                        "intake/ACCEPT intake/SL-1 RECEIVED->ACCEPTED",
                        "intake/REQUESTSUPPLEMENT intake/SL-1 ACCEPTED->SUPPLEMENT");
        assertThat(committed.audit).hasSize(3).last().asString().contains("缺少营业执照副本");
        assertThat(workflows.available(INTAKE, "SL-1"))
                .extracting(t -> t.action())
                .containsExactly("supplemented");
    }

    @Test
    void ofTwoClerksDecidingOnTheSameVersionTheSecondIsToldToReloadAndChangesNothing() {
        workflows.create(INTAKE, "SL-2", LIXIA);
        workflows.transition(INTAKE, "SL-2", "accept", 1, null, Map.of());

        assertThatThrownBy(() -> workflows.transition(INTAKE, "SL-2", "reject", 1, "材料不全", Map.of()))
                .isInstanceOf(StaleCaseException.class)
                .hasMessageContaining("已被他人处理");
        assertThat(workflows.find(INTAKE, "SL-2").orElseThrow().state()).isEqualTo("ACCEPTED");
        assertThat(committed.events).hasSize(2);
    }

    @Test
    void concurrentClerksOnOneCaseOneWins() throws Exception {
        workflows.create(INTAKE, "SL-3", LIXIA);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String action = i % 2 == 0 ? "accept" : "reject";
            outcomes.add(pool.submit(() -> {
                clerk.actAs("lixia.clerk", Set.of(LIXIA), "intake:handle", "intake:read");
                try {
                    workflows.transition(INTAKE, "SL-3", action, 1, "并发", Map.of());
                    return "won";
                } catch (WorkflowException e) {
                    return "lost";
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(results).containsOnlyOnce("won");
        assertThat(workflows.find(INTAKE, "SL-3").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void theTableThePermissionAtTheCasesJurisdictionAndTheReasonAreEnforced() {
        workflows.create(INTAKE, "SL-4", LIXIA);

        assertThatThrownBy(() -> workflows.transition(INTAKE, "SL-4", "complete", 1, null, Map.of()))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("RECEIVED");
        assertThatThrownBy(() -> workflows.transition(INTAKE, "SL-4", "reject", 1, "  ", Map.of()))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("请填写原因");
        clerk.actAs("shizhong.clerk", Set.of(SHIZHONG), "intake:handle", "intake:read");
        assertThatThrownBy(() -> workflows.transition(INTAKE, "SL-4", "accept", 1, null, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(workflows.find(INTAKE, "SL-4"))
                .as("another district's case is not visible")
                .isEmpty();
        assertThatThrownBy(() -> workflows.create(INTAKE, "SL-5", LIXIA)).isInstanceOf(AccessDeniedException.class);

        clerk.actAs("lixia.clerk", Set.of(LIXIA), "intake:handle", "intake:read");
        assertThat(workflows.find(INTAKE, "SL-4").orElseThrow().version()).isOne();
        assertThat(clockCalls).isEmpty();
    }

    @Test
    void aReaderTheFeatureTiesToTheCaseReadsItsHistoryWithThePermissionCheckedWhereTheReaderIs() {
        workflows.create(INTAKE, "SL-8", LIXIA);
        workflows.transition(INTAKE, "SL-8", "accept", 1, null, Map.of());

        clerk.actAs("shizhong.clerk", Set.of(SHIZHONG), "intake:handle", "intake:read");
        assertThat(workflows.history(INTAKE, "SL-8", SHIZHONG))
                .as("the receiving window of a case processed in 历下区")
                .extracting(HistoryEntry::action)
                .containsExactly("create", "accept");
        assertThatThrownBy(() -> workflows.history(INTAKE, "SL-8", LIXIA))
                .as("a jurisdiction the reader holds no grant in")
                .isInstanceOf(WorkflowException.class);
        clerk.actAs("shizhong.visitor", Set.of(SHIZHONG), "notice:read");
        assertThatThrownBy(() -> workflows.history(INTAKE, "SL-8", SHIZHONG))
                .as("no read permission at all")
                .isInstanceOf(WorkflowException.class);
    }

    @Test
    void aStepWhoseClockCannotBeAppliedChangesNothing() {
        workflows.create(INTAKE, "SL-6", LIXIA);
        WorkflowClock missingYear = (effect, state, clockId, reason, details) -> {
            throw new IllegalStateException("2027 年节假日数据缺失");
        };
        workflows.setWorkflowClock(missingYear);
        assertThatThrownBy(() -> workflows.transition(INTAKE, "SL-6", "accept", 1, null, Map.of()))
                .hasMessageContaining("2027");
        workflows.unsetWorkflowClock(missingYear);
        assertThatThrownBy(() -> workflows.transition(INTAKE, "SL-6", "accept", 1, null, Map.of()))
                .hasMessageContaining("办理时限服务不可用");
        assertThat(workflows.find(INTAKE, "SL-6").orElseThrow().state()).isEqualTo("RECEIVED");
        assertThat(workflows.history(INTAKE, "SL-6")).hasSize(1);
    }

    @Test
    void aCaseCreatedInTheCallersTransactionRollsBackWithTheCaseRow() {
        assertThatThrownBy(() -> tx.required(c -> {
                    Jdbc.update(c, "INSERT INTO probe_case (id, note) VALUES ('SL-7', '申请')");
                    workflows.create(INTAKE, "SL-7", LIXIA);
                    workflows.transition(INTAKE, "SL-7", "accept", 1, null, Map.of());
                    throw new IllegalStateException("附件校验失败");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(workflows.find(INTAKE, "SL-7")).isEmpty();
        assertThat(committed.events).isEmpty();
        assertThat(committed.audit).isEmpty();
    }

    @Test
    void caseNumbersCountPerSeriesJurisdictionAndDayWithoutDuplicates() throws Exception {
        MutableClock time = new MutableClock(Instant.parse("2026-12-06T01:00:00Z"));
        JdbcCaseNumbers numbers = new JdbcCaseNumbers(tx, time);
        assertThat(numbers.next("SL", LIXIA)).isEqualTo("SL370102202612060001");
        assertThat(numbers.next("SL", LIXIA)).isEqualTo("SL370102202612060002");
        assertThat(numbers.next("GD", LIXIA)).isEqualTo("GD370102202612060001");
        assertThat(numbers.next("SL", SHIZHONG)).isEqualTo("SL370103202612060001");
        assertThatThrownBy(() -> tx.required(c -> {
                    numbers.next("SL", LIXIA);
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(numbers.next("SL", LIXIA))
                .as("a rolled-back case leaves its number unused")
                .endsWith("0004");

        // A case still being written does not hold up the next window's number.
        java.util.concurrent.CountDownLatch taken = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<String> slow = writer.submit(() -> tx.required(c -> {
            String mine = numbers.next("SL", LIXIA);
            taken.countDown();
            awaitQuietly(release);
            return mine;
        }));
        taken.await();
        Future<String> next = Executors.newSingleThreadExecutor().submit(() -> numbers.next("SL", LIXIA));
        assertThat(next.get(10, java.util.concurrent.TimeUnit.SECONDS)).endsWith("0006");
        release.countDown();
        assertThat(slow.get()).endsWith("0005");
        writer.shutdown();
        assertThat(new JdbcCaseNumbers(tx, time).next("SL", LIXIA))
                .as("another node takes the next block of ten")
                .endsWith("0011");

        time.set(Instant.parse("2026-12-06T16:30:00Z")); // 00:30 on 7 December in Beijing
        assertThat(numbers.next("SL", LIXIA)).isEqualTo("SL370102202612070001");

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> issued = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            issued.add(pool.submit(() -> numbers.next("SL", SHIZHONG)));
        }
        List<String> all = new ArrayList<>();
        for (Future<String> f : issued) {
            all.add(f.get());
        }
        pool.shutdown();
        assertThat(all).doesNotHaveDuplicates().hasSize(60);
        assertThat(all.stream()
                        .map(n -> Integer.parseInt(n.substring(n.length() - 4)))
                        .sorted()
                        .toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 60).boxed().toList());
        assertThatThrownBy(() -> numbers.next("sl", LIXIA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> numbers.next("SL", "37")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            MutableClock self = this;
            return new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(java.time.ZoneId other) {
                    return self.withZone(other);
                }

                @Override
                public Instant instant() {
                    return self.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aNamedCreationKeepsItsCommentAndALoadPutsACaseInAStateWithoutAPermissionButOnlyInAStateOfTheTable() {
        workflows.create(INTAKE, "SL-7", LIXIA, "register", "窗口登记");
        assertThat(workflows.history(INTAKE, "SL-7"))
                .extracting(HistoryEntry::action, HistoryEntry::to, HistoryEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("register", "RECEIVED", "窗口登记"));

        clerk.actAs("reader", Set.of(LIXIA), "intake:read");
        WorkflowState loaded = workflows.load(INTAKE, "SL-8", LIXIA, "ACCEPTED", "import", "迁移");
        WorkflowState moved = workflows.load(INTAKE, "SL-8", LIXIA, "DONE", "archive", null);

        assertThat(loaded.version()).isOne();
        assertThat(moved.state()).isEqualTo("DONE");
        assertThat(moved.version()).isEqualTo(2);
        assertThat(workflows.history(INTAKE, "SL-8"))
                .extracting(HistoryEntry::from, HistoryEntry::action, HistoryEntry::to, HistoryEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "import", "ACCEPTED", "reader"),
                        org.assertj.core.groups.Tuple.tuple("ACCEPTED", "archive", "DONE", "reader"));
        assertThat(committed.events).contains("intake/IMPORT intake/SL-8 ->ACCEPTED");
        assertThat(workflows.state(INTAKE, "SL-8")).map(WorkflowState::state).hasValue("DONE");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> workflows.load(INTAKE, "SL-8", LIXIA, "LOST", "archive", null))
                .isInstanceOf(org.tongban.platform.workflow.WorkflowException.class)
                .hasMessageContaining("LOST");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> workflows.create(INTAKE, "SL-9", LIXIA, "register", null))
                .as("creating is still a clerk's act with its permission")
                .isInstanceOf(org.tongban.platform.api.security.AccessDeniedException.class);
    }
}
