package org.tongban.platform.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.scheduler.internal.SchedulerComponent;
import org.tongban.platform.scheduler.internal.SchedulerNodes;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowState;
import org.tongban.testing.TestDatabase;

/**
 * Timeouts fired by the platform's real scheduler on two nodes sharing the database, with a limit of one second instead
 * of five working days so that the test waits for it: the timer fires once across the nodes, survives a node that was
 * down when it was set, and a cancelled one never fires.
 */
abstract class ScheduledTimeoutContract {
    static final String LIXIA = TimeoutContract.LIXIA;

    abstract TestDatabase open();

    TestDatabase db;
    Transactions tx;
    Fakes.Committed committed;
    final Fakes.Clerk clerk = new Fakes.Clerk();
    final List<SchedulerComponent> nodes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = open();
        tx = db.transactions();
        committed = new Fakes.Committed(tx);
        clerk.actAs("lixia.clerk", Set.of(LIXIA), "intake:handle", "intake:read");
    }

    @AfterEach
    void tearDown() {
        nodes.forEach(SchedulerNodes::stop);
        db.close();
    }

    /** A node: its scheduler (started or not) and its workflow service, which knows the definition as a service. */
    JdbcWorkflows node(String name, boolean started) {
        SchedulerComponent scheduler = SchedulerNodes.node(db.dataSource(), tx, name);
        nodes.add(scheduler);
        JdbcWorkflows workflows =
                new JdbcWorkflows(tx, clerk, committed, committed, Clock.systemUTC(), TimeoutAmounts.NONE);
        workflows.setTimers(scheduler);
        workflows.setWorkflowClock(oneSecond());
        workflows.addDefinition(TimeoutContract.CORRECTION);
        SchedulerNodes.handle(scheduler, TimeoutTimers.NAME, workflows);
        if (started) {
            SchedulerNodes.start(scheduler);
        }
        return workflows;
    }

    static WorkflowClock oneSecond() {
        return new WorkflowClock() {
            @Override
            public long apply(
                    ClockEffect effect, WorkflowState state, Long clockId, String reason, Map<String, String> details) {
                return 9L;
            }

            @Override
            public Instant due(String jurisdictionCode, Instant from, int amount, String unit, String cutoff) {
                return from.plusSeconds(1);
            }
        };
    }

    @Test
    void article32TimerFiresOnceAcrossTwoNodesAndTheSystemDeemsTheApplicationAccepted() throws Exception {
        JdbcWorkflows one = node("node-1", true);
        node("node-2", true);

        one.create(TimeoutContract.CORRECTION, "SL-21", LIXIA, "receive", null, Map.of("limit", "20"));

        await(() -> "ACCEPTED".equals(state("SL-21")), "the system accepted SL-21");
        Thread.sleep(500);
        assertThat(systemSteps("SL-21")).isOne();
        assertThat(one.find(TimeoutContract.CORRECTION, "SL-21").orElseThrow().version())
                .isEqualTo(2);
    }

    @Test
    void aTimerSetWhileNoSchedulerRunsFiresWhenANodeStarts() throws Exception {
        JdbcWorkflows down = node("node-1", false);
        down.create(TimeoutContract.CORRECTION, "SL-22", LIXIA, "receive", null, Map.of("limit", "20"));
        Thread.sleep(1500);
        assertThat(state("SL-22")).as("nothing runs the timer yet").isEqualTo("RECEIVED");

        node("node-2", true);

        await(() -> "ACCEPTED".equals(state("SL-22")), "the restarted cluster accepted SL-22");
        assertThat(systemSteps("SL-22")).isOne();
    }

    @Test
    void article32ACorrectionNoticeCancelsTheTimerInTheScheduler() throws Exception {
        JdbcWorkflows one = node("node-1", true);
        tx.required(c -> {
            one.create(TimeoutContract.CORRECTION, "SL-23", LIXIA, "receive", null);
            one.transition(TimeoutContract.CORRECTION, "SL-23", "notifyCorrection", 1, "缺少身份证复印件", Map.of());
            return null;
        });

        Thread.sleep(2000);
        assertThat(state("SL-23")).isEqualTo("CORRECTING");
        assertThat(systemSteps("SL-23")).isZero();
        Long timers = tx.read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM platform_scheduled_tasks", r -> r.getLong(1))
                .orElseThrow());
        assertThat(timers)
                .as("the cancelled timer is gone from the scheduler's table")
                .isZero();
    }

    String state(String id) {
        return tx.read(c -> Jdbc.one(
                        c,
                        "SELECT state FROM platform_workflow WHERE kind = 'intake-c' AND aggregate_id = ?",
                        r -> r.getString(1),
                        id)
                .orElse(null));
    }

    long systemSteps(String id) {
        return tx.read(c -> Jdbc.one(
                        c,
                        "SELECT COUNT(*) FROM platform_workflow_history WHERE aggregate_id = ? AND actor = '系统'",
                        r -> r.getLong(1),
                        id)
                .orElseThrow());
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }
}
