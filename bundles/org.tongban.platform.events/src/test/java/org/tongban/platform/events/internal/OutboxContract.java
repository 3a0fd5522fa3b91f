package org.tongban.platform.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.events.EventHandler;
import org.tongban.platform.api.health.ComponentHealth.Status;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.events.DeadLetter;
import org.tongban.testing.TestDatabase;

/** Publishing with the change, delivery in order and at least once, retries and dead letters, on a real database. */
abstract class OutboxContract {

    abstract TestDatabase open();

    TestDatabase db;
    Transactions tx;
    final List<EventsComponent> nodes = new ArrayList<>();
    final AllowAll access = new AllowAll();

    @BeforeEach
    void setUp() throws Exception {
        db = open();
        tx = db.transactions();
    }

    @AfterEach
    void tearDown() {
        nodes.forEach(EventsComponent::stop);
        db.close();
    }

    EventsComponent node(String id, int maxAttempts) {
        // One Transactions for every simulated node: its connections are per thread, as on separate machines.
        EventsComponent node =
                new EventsComponent(tx, access, new NoAudit(), config(maxAttempts), id, Clock.systemUTC());
        nodes.add(node);
        return node;
    }

    /** A handler that records what it got in the handled table, in the delivery's transaction. */
    Recording recording(EventsComponent node, String name, String scope, String... topics) {
        Recording handler = new Recording(name, node == null ? "" : nodeName(node));
        Map<String, Object> props = new HashMap<>();
        props.put(DomainEventHandler.NAME, name);
        props.put(DomainEventHandler.TOPICS, topics);
        props.put(DomainEventHandler.SCOPE, scope);
        node.addHandler(handler, props);
        return handler;
    }

    private final Map<EventsComponent, String> names = new HashMap<>();

    String nodeName(EventsComponent node) {
        return names.computeIfAbsent(node, n -> "n" + names.size());
    }

    final class Recording implements DomainEventHandler {
        final String name;
        final String nodeName;
        final List<DomainEvent> got = new CopyOnWriteArrayList<>();
        volatile long failOn = -1;
        volatile int failures;

        Recording(String name, String nodeName) {
            this.name = name;
            this.nodeName = nodeName;
        }

        @Override
        public void handle(DomainEvent event) throws Exception {
            if (event.sequence() == failOn) {
                failures++;
                throw new IllegalStateException("handler down");
            }
            Jdbc.update(
                    tx.connection(),
                    "INSERT INTO handled (handler, node, seq, aggregate) VALUES (?, ?, ?, ?)",
                    name,
                    nodeName,
                    event.sequence(),
                    event.aggregate());
            got.add(event);
        }
    }

    void publish(EventsComponent node, String topic, String aggregate) {
        tx.required(c -> {
            node.publish(topic, aggregate, Map.of("aggregate", aggregate));
            return null;
        });
    }

    long scalar(String sql) {
        Long value = tx.read(c -> Jdbc.one(c, sql, r -> r.getLong(1)).orElseThrow());
        return value;
    }

    /** What the handler wrote, in event order: its effects that committed. */
    List<String> handled(String handler) {
        return tx.read(c -> Jdbc.list(
                c, "SELECT aggregate FROM handled WHERE handler = ? ORDER BY seq", r -> r.getString(1), handler));
    }

    @Test
    void eventsOfARolledBackTransactionAreNeverDeliveredAndTheRestArriveInOrder() {
        EventsComponent node = node("n1", 3);
        Recording handler = recording(node, "index", EventHandler.CLUSTER, "catalogue/*");
        publish(node, "catalogue/PUBLISHED", "matter/A");
        assertThatThrownBy(() -> tx.required(c -> {
                    node.publish("catalogue/PUBLISHED", "matter/B", Map.of());
                    throw new IllegalStateException("the guide could not be saved");
                }))
                .isInstanceOf(IllegalStateException.class);
        publish(node, "catalogue/WITHDRAWN", "matter/A");
        publish(node, "worktime/OVERDUE", "clock/1");

        node.deliverNow();

        assertThat(handler.got)
                .extracting(DomainEvent::topic, DomainEvent::aggregate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("catalogue/PUBLISHED", "matter/A"),
                        org.assertj.core.groups.Tuple.tuple("catalogue/WITHDRAWN", "matter/A"));
        assertThat(handler.got.getFirst().get("aggregate")).isEqualTo("matter/A");
        assertThat(node.deliverNow()).as("nothing is delivered twice").isZero();
    }

    @Test
    void anEventCommittedLateIsNotSkippedByHandlersAlreadyPastLaterOnes() throws Exception {
        EventsComponent node = node("n1", 3);
        Recording handler = recording(node, "index", EventHandler.CLUSTER, "*");
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = Thread.ofPlatform()
                .start(() -> tx.required(c -> {
                    node.publish("case/ACCEPTED", "case/slow", Map.of());
                    inserted.countDown();
                    await(release);
                    return null;
                }));
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
        publish(node, "case/ACCEPTED", "case/fast");
        node.deliverNow();
        release.countDown();
        slow.join();
        node.deliverNow();

        assertThat(handler.got).extracting(DomainEvent::aggregate).containsExactly("case/fast", "case/slow");
    }

    @Test
    void aFailingHandlerIsRetriedOnTheSameEventWhileOthersGoOn() {
        EventsComponent node = node("n1", 5);
        Recording healthy = recording(node, "supervision", EventHandler.CLUSTER, "hotline/*");
        for (int i = 1; i <= 4; i++) {
            publish(node, "hotline/DISPATCHED", "ticket/" + i);
        }
        node.deliverNow();
        long third = healthy.got.get(2).sequence();

        // A new handler that fails on the third event, next to one that does not.
        Recording flaky = recording(node, "flaky", EventHandler.CLUSTER, "hotline/*");
        Recording steady = recording(node, "callbacks", EventHandler.CLUSTER, "hotline/*");
        flaky.failOn = third;
        node.deliverNow();

        // The batch was rolled back and its first two events handed over again: the rows show each once.
        assertThat(handled("flaky")).containsExactly("ticket/1", "ticket/2");
        assertThat(scalar("SELECT attempts FROM platform_event_cursor WHERE handler = 'flaky'"))
                .isEqualTo(1);
        assertThat(healthy.got).hasSize(4);
        assertThat(steady.got).as("another handler is not held up").hasSize(4);

        flaky.failOn = -1;
        tx.required(c -> Jdbc.update(c, "UPDATE platform_event_cursor SET retry_at = NULL WHERE handler = 'flaky'"));
        node.deliverNow();
        assertThat(handled("flaky")).containsExactly("ticket/1", "ticket/2", "ticket/3", "ticket/4");
    }

    @Test
    void afterTheLastAttemptTheEventIsADeadLetterUntilReplayed() {
        EventsComponent node = node("n1", 2);
        Recording handler = recording(node, "notify", EventHandler.CLUSTER, "case/*");
        publish(node, "case/ACCEPTED", "case/1");
        publish(node, "case/ACCEPTED", "case/2");
        node.deliverNow();
        tx.required(c -> Jdbc.update(c, "DELETE FROM handled"));
        long first = handler.got.getFirst().sequence();

        Recording doomed = recording(node, "doomed", EventHandler.CLUSTER, "case/*");
        doomed.failOn = first;
        node.deliverNow(); // attempt 1
        tx.required(c -> Jdbc.update(c, "UPDATE platform_event_cursor SET retry_at = NULL"));
        node.deliverNow(); // attempt 2: dead, and the handler moves on

        assertThat(handled("doomed")).containsExactly("case/2");
        assertThat(node.deadLetterCount()).isOne();
        assertThat(node.health().getFirst().status()).isEqualTo(Status.DEGRADED);
        DeadLetter letter = node.deadLetters(10).getFirst();
        assertThat(letter.event().aggregate()).isEqualTo("case/1");
        assertThat(letter.attempts()).isEqualTo(2);
        assertThat(letter.lastError()).contains("handler down");

        assertThatThrownBy(() -> node.replay("doomed", "*", first)).hasMessageContaining("重放失败");
        assertThat(node.deadLetters(10).getFirst().attempts()).isEqualTo(3);

        doomed.failOn = -1;
        node.replay("doomed", "*", first);
        assertThat(handled("doomed")).containsExactlyInAnyOrder("case/2", "case/1");
        assertThat(node.deadLetterCount()).isZero();
        assertThat(node.health().getFirst().status()).isEqualTo(Status.UP);
        assertThatIllegalArgumentException().isThrownBy(() -> node.replay("doomed", "*", first));
    }

    @Test
    void twoNodesShareClusterHandlersOnceAndEachKeepsItsOwnNodeHandlers() throws Exception {
        EventsComponent one = node("node-1", 3);
        EventsComponent two = node("node-2", 3);
        recording(one, "supervision", EventHandler.CLUSTER, "*");
        recording(two, "supervision", EventHandler.CLUSTER, "*");
        Recording indexOne = recording(one, "lucene", EventHandler.NODE, "catalogue/*");
        Recording indexTwo = recording(two, "lucene", EventHandler.NODE, "catalogue/*");
        one.deliverNow();
        two.deliverNow(); // node positions start at the newest event

        List<Thread> publishers = new ArrayList<>();
        for (EventsComponent node : List.of(one, two)) {
            publishers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 50; i++) {
                    publish(node, "catalogue/PUBLISHED", "matter/" + i);
                }
            }));
        }
        List<Thread> deliverers = new ArrayList<>();
        for (EventsComponent node : List.of(one, two)) {
            deliverers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 20; i++) {
                    node.deliverNow();
                }
            }));
        }
        for (Thread t : publishers) {
            t.join();
        }
        for (Thread t : deliverers) {
            t.join();
        }
        one.deliverNow();
        two.deliverNow();

        assertThat(scalar("SELECT COUNT(*) FROM handled WHERE handler = 'supervision'"))
                .as("each event once across both nodes")
                .isEqualTo(100);
        assertThat(scalar("SELECT COUNT(DISTINCT seq) FROM handled WHERE handler = 'supervision'"))
                .isEqualTo(100);
        assertThat(indexOne.got).hasSize(100);
        assertThat(indexTwo.got).hasSize(100);
        assertThat(indexOne.got).extracting(DomainEvent::sequence).isSorted();
    }

    @Test
    void deliveredEventsArePurgedAfterTheRetentionButNotWhatAHandlerStillNeedsOrADeadLetter() {
        EventsComponent node = node("n1", 1);
        Recording fast = recording(node, "fast", EventHandler.CLUSTER, "*");
        for (int i = 1; i <= 4; i++) {
            publish(node, "case/ACCEPTED", "case/" + i);
        }
        node.deliverNow();
        long second = fast.got.get(1).sequence();
        Recording stuck = recording(node, "stuck", EventHandler.CLUSTER, "*");
        stuck.failOn = second; // one attempt: the second event becomes a dead letter of this handler
        node.deliverNow();
        recording(node, "late", EventHandler.CLUSTER, "case/*");
        node.deliverNow();
        // A handler that is behind (its bundle was stopped for an update, say): nothing it still needs may go.
        tx.required(c -> Jdbc.update(c, "UPDATE platform_event_cursor SET position = 0 WHERE handler = 'late'"));
        tx.required(c -> Jdbc.update(
                c,
                "UPDATE platform_outbox SET published_at = ?",
                java.time.Instant.now().minusSeconds(8 * 86_400)));

        assertThat(node.purge(java.time.Instant.now().minusSeconds(7 * 86_400)))
                .as("nothing while a handler is at 0")
                .isZero();
        tx.required(c -> Jdbc.update(c, "DELETE FROM platform_event_cursor WHERE handler = 'late'"));
        assertThat(node.purge(java.time.Instant.now().minusSeconds(7 * 86_400))).isEqualTo(3);
        assertThat(node.deadLetters(10))
                .singleElement()
                .satisfies(letter -> assertThat(letter.event().sequence()).isEqualTo(second));
        assertThat(node.purge(java.time.Instant.now().minusSeconds(9 * 86_400))).isZero();
    }

    @Test
    void badTopicsAndAggregatesAreRefusedBeforeAnythingIsWritten() {
        EventsComponent node = node("n1", 3);
        assertThatIllegalArgumentException().isThrownBy(() -> node.publish("nodomain", "a", Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> node.publish("a/b c", "a", Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> node.publish("case/X", " ", Map.of()));
        assertThat(scalar("SELECT COUNT(*) FROM platform_outbox")).isZero();
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static EventsConfig config(int maxAttempts) {
        return new EventsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EventsConfig.class;
            }

            @Override
            public int pollMillis() {
                return 3_600_000; // tests drive delivery themselves
            }

            @Override
            public int batchSize() {
                return 10;
            }

            @Override
            public int maxAttempts() {
                return maxAttempts;
            }

            @Override
            public int retryBaseMillis() {
                return 60_000;
            }

            @Override
            public int retentionDays() {
                return 7;
            }
        };
    }
}
