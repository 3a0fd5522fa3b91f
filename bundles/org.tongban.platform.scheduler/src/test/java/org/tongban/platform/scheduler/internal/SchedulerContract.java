package org.tongban.platform.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.scheduler.ScheduledJob;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.testing.TestDatabase;

/** Jobs and timers on a real database, with two scheduler nodes sharing it. */
abstract class SchedulerContract {

    abstract TestDatabase open();

    TestDatabase db;
    Transactions tx;
    final List<SchedulerComponent> nodes = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        db = open();
        tx = db.transactions();
    }

    @AfterEach
    void tearDown() {
        nodes.forEach(SchedulerComponent::stop);
        db.close();
    }

    SchedulerComponent node(String name) {
        return node(name, 30);
    }

    SchedulerComponent node(String name, int heartbeatSeconds) {
        SchedulerComponent node = new SchedulerComponent(db.dataSource(), tx, 100, 2, 1, heartbeatSeconds, name);
        nodes.add(node);
        node.start();
        return node;
    }

    /** Records each firing in the database, with the node that ran it. */
    TimerHandler recorder(String node) {
        return (id, payload) -> tx.required(c -> Jdbc.update(
                c,
                "INSERT INTO fired (name, id, node, note) VALUES ('timer', ?, ?, ?)",
                id,
                node,
                payload.get("note")));
    }

    long count(String sql) {
        Long value = tx.read(c -> Jdbc.one(c, sql, r -> r.getLong(1)).orElseThrow());
        return value;
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

    @Test
    void aTimerSetInARolledBackTransactionNeverFiresAndACommittedOneFiresOnceWithItsPayload() throws Exception {
        SchedulerComponent one = node("node-1");
        SchedulerComponent two = node("node-2");
        one.addTimerHandler(recorder("node-1"), Map.of(TimerHandler.NAME, "intake-supplement"));
        two.addTimerHandler(recorder("node-2"), Map.of(TimerHandler.NAME, "intake-supplement"));

        assertThatThrownBy(() -> tx.required(c -> {
                    one.schedule("intake-supplement", "SL-1", Instant.now(), Map.of("note", "rolled back"));
                    throw new IllegalStateException("the case was not saved");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(one.due("intake-supplement", "SL-1")).isEmpty();
        tx.required(c -> {
            one.schedule("intake-supplement", "SL-2", Instant.now().plusMillis(300), Map.of("note", "补正期限届满"));
            return null;
        });

        await(() -> count("SELECT COUNT(*) FROM fired") > 0, "the timer fired");
        Thread.sleep(800);
        assertThat(count("SELECT COUNT(*) FROM fired WHERE id = 'SL-2' AND note = '补正期限届满'"))
                .as("fired once, on one of the two nodes")
                .isOne();
        assertThat(count("SELECT COUNT(*) FROM fired WHERE id = 'SL-1'")).isZero();
        assertThat(one.due("intake-supplement", "SL-2")).isEmpty();
    }

    @Test
    void aTimerWaitsForItsHandlerInsteadOfBeingLost() throws Exception {
        SchedulerComponent node = node("node-1");
        node.schedule("hotline-callback", "T-9", Instant.now(), Map.of("note", "回访"));
        Thread.sleep(600);
        assertThat(node.due("hotline-callback", "T-9"))
                .as("still set after a failed attempt")
                .isPresent();

        node.addTimerHandler(recorder("node-1"), Map.of(TimerHandler.NAME, "hotline-callback"));
        tx.required(c -> Jdbc.update(
                c,
                "UPDATE platform_scheduled_tasks SET execution_time = ? WHERE task_instance = 'hotline-callback/T-9'",
                Instant.now()));
        await(() -> count("SELECT COUNT(*) FROM fired WHERE id = 'T-9'") == 1, "the timer fired once");
    }

    @Test
    void aMovedTimerFiresAtItsNewTimeAndACancelledOneNever() throws Exception {
        SchedulerComponent node = node("node-1");
        node.addTimerHandler(recorder("node-1"), Map.of(TimerHandler.NAME, "market-draw"));
        Instant later = Instant.now().plusSeconds(3600);
        node.schedule("market-draw", "P-1", Instant.now().plusSeconds(600), Map.of());
        node.schedule("market-draw", "P-1", later, Map.of("note", "moved"));
        node.schedule("market-draw", "P-2", Instant.now().plusMillis(200), Map.of());

        assertThat(node.due("market-draw", "P-1"))
                .hasValueSatisfying(at -> assertThat(at).isBetween(later.minusMillis(1), later.plusMillis(1)));
        assertThat(node.cancel("market-draw", "P-2")).isTrue();
        assertThat(node.cancel("market-draw", "P-2")).isFalse();
        Thread.sleep(700);
        assertThat(count("SELECT COUNT(*) FROM fired")).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> node.schedule("bad name", "x", later, Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> node.schedule("ok", " ", later, Map.of()));
    }

    @Test
    void aRecurringJobRunsAgainAndAgainButOnOneNodeAtATime() throws Exception {
        SchedulerComponent one = node("node-1");
        SchedulerComponent two = node("node-2");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        ScheduledJob job = () -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            Thread.sleep(50);
            runs.incrementAndGet();
            running.decrementAndGet();
        };
        Map<String, Object> props = Map.of(ScheduledJob.NAME, "sweep", ScheduledJob.PERIOD, 1L);
        one.addJob(job, props);
        two.addJob(job, props);

        await(() -> runs.get() >= 3, "three runs");
        assertThat(overlaps.get()).isZero();
        assertThat(count("SELECT COUNT(*) FROM platform_scheduled_tasks WHERE task_name = 'tongban-job'"))
                .isOne();
    }

    @Test
    void aFailingJobIsRetriedAndShowsInHealth() throws Exception {
        SchedulerComponent node = node("node-1");
        AtomicInteger attempts = new AtomicInteger();
        node.addJob(
                () -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("mail server down");
                },
                Map.of(ScheduledJob.NAME, "reminders", ScheduledJob.PERIOD, 1L));
        await(() -> attempts.get() >= 2, "a retry");
        assertThat(node.health().getFirst().status().name()).isEqualTo("DEGRADED");
    }

    @Test
    void aNodeScopedJobRunsOnEveryNodeStoresNothingAndRunsAtOnceWhenAsked() throws Exception {
        SchedulerComponent one = node("node-1");
        SchedulerComponent two = node("node-2");
        AtomicInteger onOne = new AtomicInteger();
        AtomicInteger onTwo = new AtomicInteger();
        Map<String, Object> every2s =
                Map.of(ScheduledJob.NAME, "chainer", ScheduledJob.PERIOD, 2L, ScheduledJob.SCOPE, ScheduledJob.NODE);
        ScheduledJob first = onOne::incrementAndGet;
        one.addJob(first, every2s);
        two.addJob(onTwo::incrementAndGet, every2s);

        await(() -> onOne.get() >= 1 && onTwo.get() >= 1, "both nodes ran their own");
        assertThat(count("SELECT COUNT(*) FROM platform_scheduled_tasks WHERE task_instance = 'chainer'"))
                .as("a node job keeps no row for another node to pick up")
                .isZero();

        int before = onOne.get();
        long asked = System.nanoTime();
        one.runSoon("chainer");
        await(() -> onOne.get() > before, "the early run");
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofMillis(1500));

        one.removeJob(first);
        int afterRemoval = onOne.get();
        one.runSoon("chainer");
        Thread.sleep(2500);
        assertThat(onOne.get()).as("a removed job runs no more").isEqualTo(afterRemoval);
        assertThat(onTwo.get()).as("the other node's goes on").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aThrowingNodeJobKeepsItsSchedule() throws Exception {
        SchedulerComponent node = node("node-1");
        AtomicInteger attempts = new AtomicInteger();
        node.addJob(
                () -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("database down");
                },
                Map.of(ScheduledJob.NAME, "chainer", ScheduledJob.PERIOD, 1L, ScheduledJob.SCOPE, "node"));
        await(() -> attempts.get() >= 2, "a second run after a failure");
    }

    @Test
    void aJobLeftRunningByAKilledNodeRunsAgainOnceItsHeartbeatsAreMissed() throws Exception {
        // What kill -9 in the middle of a run leaves behind: the job picked by a node whose heartbeats stopped.
        Instant killedAt = Instant.now().minusSeconds(10);
        tx.required(c -> Jdbc.update(
                c,
                "INSERT INTO platform_scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,"
                        + " consecutive_failures, last_heartbeat, version) VALUES ('tongban-job', 'deadline-sweep', ?,"
                        + " TRUE, 'node-1', 0, ?, 1)",
                killedAt,
                killedAt));
        SchedulerComponent restarted = node("node-2", 1);
        AtomicInteger runs = new AtomicInteger();
        restarted.addJob(runs::incrementAndGet, Map.of(ScheduledJob.NAME, "deadline-sweep", ScheduledJob.PERIOD, 1L));

        await(() -> runs.get() >= 1, "the job runs again after four missed heartbeats (seconds), not half an hour");
        assertThat(count("SELECT COUNT(*) FROM platform_scheduled_tasks WHERE picked_by = 'node-1'"))
                .isZero();
    }

    @Test
    void aJobsRunDeferredFurtherThanItsScheduleIsBroughtForwardWhenTheJobRegisters() throws Exception {
        // What a run that fell due before the job's bundle was back leaves: the next run a minute or more away.
        Instant later = Instant.now().plusSeconds(600);
        tx.required(c -> Jdbc.update(
                c,
                "INSERT INTO platform_scheduled_tasks (task_name, task_instance, execution_time, picked,"
                        + " consecutive_failures, version) VALUES ('tongban-job', 'deadline-sweep', ?, FALSE, 0, 1)",
                later));
        SchedulerComponent node = node("node-1");
        AtomicInteger runs = new AtomicInteger();
        node.addJob(runs::incrementAndGet, Map.of(ScheduledJob.NAME, "deadline-sweep", ScheduledJob.PERIOD, 1L));

        await(() -> runs.get() >= 1, "the job runs at once, not in ten minutes");
    }

    @Test
    void aJobsRunWithinItsScheduleIsLeftWhereItIs() throws Exception {
        Instant soon = Instant.now().plusSeconds(30);
        tx.required(c -> Jdbc.update(
                c,
                "INSERT INTO platform_scheduled_tasks (task_name, task_instance, execution_time, picked,"
                        + " consecutive_failures, version) VALUES ('tongban-job', 'purge', ?, FALSE, 0, 1)",
                soon));
        SchedulerComponent node = node("node-1");
        AtomicInteger runs = new AtomicInteger();
        node.addJob(runs::incrementAndGet, Map.of(ScheduledJob.NAME, "purge", ScheduledJob.PERIOD, 3600L));

        Thread.sleep(1000);
        assertThat(runs.get()).as("a restart does not run an hourly job early").isZero();
    }
}
