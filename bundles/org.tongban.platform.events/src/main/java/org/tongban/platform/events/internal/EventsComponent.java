package org.tongban.platform.events.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.events.DeadLetter;
import org.tongban.platform.events.HandlerPosition;
import org.tongban.platform.events.OutboxAdministration;
import org.tongban.platform.scheduler.Job;
import org.tongban.platform.scheduler.ScheduledJob;

/**
 * The outbox: publishing in the caller's transaction, and this node's delivery to the handlers on the whiteboard.
 * Every node sequences committed events (under the head lock) and delivers each handler's share: cluster handlers
 * once across the nodes (their position row is locked while delivering), node handlers on every node.
 */
@Component(
        service = {DomainEvents.class, OutboxAdministration.class, HealthContributor.class, ScheduledJob.class},
        immediate = true,
        configurationPid = EventsConfig.PID)
@Designate(ocd = EventsConfig.class)
@Job(name = "platform-outbox-purge", period = 3600)
public final class EventsComponent implements DomainEvents, OutboxAdministration, HealthContributor, ScheduledJob {
    static final String HEALTH_NAME = "events";
    private static final Logger LOG = LoggerFactory.getLogger(EventsComponent.class);
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_\\-]+(/[A-Za-z0-9_\\-]+)+");

    private final Transactions tx;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final EventsConfig config;
    private final String nodeId;
    private final Clock clock;
    private final Map<DomainEventHandler, HandlerDelivery> deliveries = new ConcurrentHashMap<>();
    private final ScheduledExecutorService rounds;
    private final ExecutorService workers;
    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private volatile boolean started;

    @Activate
    public EventsComponent(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            BundleContext context,
            EventsConfig config) {
        this(
                database.transactions(),
                accessControl,
                auditLog,
                config,
                PlatformProperties.nodeId(
                        context.getProperty(PlatformProperties.NODE_ID), context.getProperty(PlatformProperties.HOME)),
                Clock.systemUTC());
        start();
    }

    EventsComponent(
            Transactions tx,
            AccessControl accessControl,
            AuditLog auditLog,
            EventsConfig config,
            String nodeId,
            Clock clock) {
        this.tx = tx;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.config = config;
        this.nodeId = nodeId;
        this.clock = clock;
        this.rounds = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("tongban-events").daemon(true).factory());
        // A virtual thread per delivery: a handler waiting on another node's position lock, or working through a
        // backlog, holds up no other handler (node-local ones included).
        this.workers = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("tongban-events-", 0).factory());
    }

    /** Starts polling: events published on other nodes are found within {@code pollMillis}. */
    void start() {
        started = true;
        rounds.scheduleWithFixedDelay(this::round, 0, Math.max(50, config.pollMillis()), TimeUnit.MILLISECONDS);
        LOG.info("Domain events delivered on node {}", nodeId);
    }

    @Deactivate
    void stop() {
        started = false;
        rounds.shutdownNow();
        workers.shutdown();
        try {
            rounds.awaitTermination(10, TimeUnit.SECONDS);
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(DomainEventHandler handler, Map<String, Object> properties) {
        try {
            Registration registration = Registration.of(handler, properties);
            deliveries.put(handler, new HandlerDelivery(registration, nodeId, tx, config, clock));
            wake();
        } catch (IllegalArgumentException e) {
            LOG.error("Event handler ignored: {}", e.getMessage());
        }
    }

    void removeHandler(DomainEventHandler handler) {
        deliveries.remove(handler);
    }

    @Override
    public void publish(String topic, String aggregate, Map<String, String> payload) {
        if (topic == null || topic.length() > 100 || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("event topic must be domain/WHAT, at most 100 characters: " + topic);
        }
        if (aggregate == null || aggregate.isBlank() || aggregate.length() > 200) {
            throw new IllegalArgumentException("event aggregate must be 1 to 200 characters: " + aggregate);
        }
        String json = PayloadJson.write(payload);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        tx.required(c -> {
            Outbox.insert(c, topic, aggregate, json, at);
            return null;
        });
        tx.afterCommit(this::wake);
    }

    /** Asks for a delivery round soon, once started; wakes coalesce. */
    void wake() {
        if (started && roundQueued.compareAndSet(false, true)) {
            try {
                rounds.execute(this::round);
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                roundQueued.set(false);
            }
        }
    }

    /** Sequences new events, then hands each handler's delivery to a worker (a handler runs once at a time). */
    void round() {
        roundQueued.set(false);
        try {
            while (tx.requiresNew(Outbox::sequence) == Outbox.SEQUENCE_BATCH) {
                // more to sequence
            }
        } catch (RuntimeException e) {
            LOG.warn("Events not sequenced (database unavailable?): {}", e.getMessage());
            return;
        }
        for (HandlerDelivery delivery : deliveries.values()) {
            try {
                workers.execute(() -> deliverQuietly(delivery));
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                return;
            }
        }
    }

    /** Runs one round on the calling thread and returns how many events were handled (tests, benchmarks). */
    int deliverNow() {
        tx.requiresNew(Outbox::sequence);
        int handled = 0;
        for (HandlerDelivery delivery : deliveries.values()) {
            handled += delivery.deliver();
        }
        return handled;
    }

    private static void deliverQuietly(HandlerDelivery delivery) {
        try {
            delivery.deliverIfIdle();
        } catch (RuntimeException e) {
            LOG.warn("Delivery to {} interrupted: {}", delivery.registration().name(), e.getMessage());
        }
    }

    /** The hourly purge: events kept {@code retentionDays} after every handler is past them. */
    @Override
    public void run() {
        purge(clock.instant().minus(java.time.Duration.ofDays(Math.max(1, config.retentionDays()))));
    }

    /** Deletes what every handler is past and was published before {@code before}; returns how many. */
    int purge(Instant before) {
        int total = 0;
        int deleted;
        do {
            deleted = tx.requiresNew(c -> Outbox.purge(c, before, 10_000));
            total += deleted;
        } while (deleted == 10_000);
        if (total > 0) {
            LOG.info("Outbox: {} delivered events older than {} removed", total, before);
        }
        return total;
    }

    @Override
    public List<HandlerPosition> positions() {
        accessControl.check(PERMISSION);
        return tx.read(Cursors::positions);
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        accessControl.check(PERMISSION);
        return tx.read(c -> Cursors.deadLetters(c, Math.max(1, Math.min(limit, 1000))));
    }

    @Override
    public long deadLetterCount() {
        return tx.read(Cursors::deadCount);
    }

    @Override
    public void replay(String handler, String node, long sequence) {
        accessControl.check(PERMISSION);
        HandlerDelivery delivery = deliveries.values().stream()
                .filter(d -> d.registration().name().equals(handler) && d.node().equals(node))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        Registration.CLUSTER_NODE.equals(node)
                                ? "事件处理程序「" + handler + "」当前未运行，无法重放"
                                : "该事件属于节点「" + node + "」，请在该节点上重放"));
        try {
            tx.requiresNew(c -> {
                DeadLetter letter = Cursors.deadLetter(c, handler, node, sequence, true)
                        .orElseThrow(() -> new IllegalArgumentException("该死信不存在或已重放：" + sequence));
                try {
                    delivery.registration().handler().handle(letter.event());
                } catch (Exception failed) {
                    throw new IllegalStateException(failed.toString(), failed);
                }
                Cursors.forget(c, handler, node, sequence);
                auditLog.record(
                        "events.replay",
                        handler + "@" + node,
                        "event " + sequence + " " + letter.event().topic());
                return null;
            });
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            String error = e.getCause() == null ? e.toString() : e.getCause().toString();
            // the replay's transaction was rolled back: record the new failure on its own
            tx.requiresNew(c -> {
                Cursors.deadLetter(c, handler, node, sequence, true)
                        .ifPresent(letter -> deadAgainQuietly(c, letter, error));
                return null;
            });
            throw new IllegalStateException("重放失败：" + error, e);
        }
    }

    private void deadAgainQuietly(java.sql.Connection c, DeadLetter letter, String error) {
        try {
            Cursors.deadAgain(c, letter, error, clock.instant());
        } catch (java.sql.SQLException e) {
            LOG.warn("Replay failure of {} not recorded: {}", letter.event().sequence(), e.getMessage());
        }
    }

    @Override
    public List<ComponentHealth> health() {
        try {
            long dead = deadLetterCount();
            String detail = deliveries.size() + " handlers on node " + nodeId + ", " + dead + " dead letters";
            return List.of(
                    dead == 0
                            ? ComponentHealth.up(HEALTH_NAME, detail)
                            : new ComponentHealth(HEALTH_NAME, ComponentHealth.Status.DEGRADED, detail, -1));
        } catch (RuntimeException e) {
            return List.of(ComponentHealth.down(HEALTH_NAME, e.getMessage(), -1));
        }
    }
}
