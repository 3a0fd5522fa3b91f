package org.tongban.platform.scheduler.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
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
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.scheduler.Jobs;
import org.tongban.platform.scheduler.ScheduledJob;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.scheduler.Timers;

/**
 * The platform's one db-scheduler, on {@code platform_scheduled_tasks}. It knows two task types: {@code
 * tongban-job}, one instance per recurring job named on the whiteboard, rescheduled by the job's own schedule after
 * each run; and {@code tongban-timer}, one instance per timer, handed to the timer handler of its name. A node that
 * lacks a job's or timer's service (its bundle is being updated) puts it back for later rather than losing it.
 * Node-scoped jobs are not in the table: each node runs its own on {@link NodeJobs}.
 */
@Component(
        service = {Timers.class, Jobs.class, HealthContributor.class},
        immediate = true,
        configurationPid = SchedulerConfig.PID)
@Designate(ocd = SchedulerConfig.class)
public final class SchedulerComponent implements Timers, Jobs, HealthContributor {
    static final String JOB_TASK = "tongban-job";
    static final String TIMER_TASK = "tongban-timer";
    static final String TABLE = "platform_scheduled_tasks";
    /** Heartbeats a node may miss before its running jobs count as dead and run again elsewhere. */
    static final int MISSED_HEARTBEATS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerComponent.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,100}");
    private static final Duration ABSENT_RETRY = Duration.ofSeconds(60);

    private final Transactions transactions;
    private final Map<String, JobSchedule> jobs = new ConcurrentHashMap<>();
    private final Map<String, TimerHandler> handlers = new ConcurrentHashMap<>();
    private final CustomTask<Void> jobTask;
    private final OneTimeTask<String> timerTask;
    private final Scheduler scheduler;
    private final NodeJobs nodeJobs;

    @Activate
    public SchedulerComponent(@Reference Database database, BundleContext context, SchedulerConfig config) {
        this(
                database.dataSource(),
                database.transactions(),
                config.pollingMillis(),
                config.threads(),
                config.retrySeconds(),
                config.heartbeatSeconds(),
                PlatformProperties.nodeId(
                        context.getProperty(PlatformProperties.NODE_ID), context.getProperty(PlatformProperties.HOME)));
        start();
    }

    SchedulerComponent(
            DataSource pool,
            Transactions transactions,
            int pollingMillis,
            int threads,
            int retrySeconds,
            int heartbeatSeconds,
            String node) {
        this.transactions = transactions;
        this.nodeJobs = new NodeJobs(threads, node);
        this.jobTask = Tasks.custom(JOB_TASK, Void.class)
                .onFailure((complete, operations) -> {
                    JobSchedule job =
                            jobs.get(complete.getExecution().taskInstance.getId());
                    Duration retry = job == null ? ABSENT_RETRY : job.retry();
                    operations.reschedule(complete, complete.getTimeDone().plus(retry));
                })
                .execute((instance, context) -> {
                    JobSchedule job = jobs.get(instance.getId());
                    if (job == null) {
                        return (complete, operations) -> operations.reschedule(
                                complete, complete.getTimeDone().plus(ABSENT_RETRY));
                    }
                    try {
                        job.job().run();
                    } catch (Exception e) {
                        throw new IllegalStateException("job " + job.name() + " failed: " + e.getMessage(), e);
                    }
                    return new CompletionHandler.OnCompleteReschedule<>(job.schedule());
                });
        this.timerTask = Tasks.oneTime(TIMER_TASK, String.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(
                        Duration.ofSeconds(Math.max(1, retrySeconds))))
                .execute((instance, context) -> fire(TimerData.parse(instance.getData())));
        this.scheduler = Scheduler.create(new JoiningDataSource(pool, transactions), List.of(jobTask, timerTask))
                .tableName(TABLE)
                .schedulerName(() -> node)
                .pollingInterval(Duration.ofMillis(Math.max(100, pollingMillis)))
                .threads(Math.max(1, threads))
                // db-scheduler's default (a mark every 5 minutes, 6 may be missed) would leave the deadline sweep of a
                // node killed in the middle of it unrun for half an hour, on the restarted node and on every other.
                .heartbeatInterval(Duration.ofSeconds(Math.max(1, heartbeatSeconds)))
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .enableImmediateExecution()
                .build();
    }

    void start() {
        scheduler.start();
    }

    @Deactivate
    void stop() {
        nodeJobs.stop();
        scheduler.stop();
    }

    private void fire(TimerData timer) {
        TimerHandler handler = handlers.get(timer.name());
        if (handler == null) {
            throw new IllegalStateException("no handler for timers named " + timer.name() + " on this node yet");
        }
        try {
            handler.fire(timer.id(), timer.payload());
        } catch (Exception e) {
            throw new IllegalStateException("timer " + timer.name() + "/" + timer.id() + " failed: " + e, e);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addJob(ScheduledJob job, Map<String, Object> properties) {
        try {
            JobSchedule schedule = JobSchedule.of(job, properties);
            if (schedule.node()) {
                nodeJobs.add(job, schedule.name(), schedule.retry());
                return;
            }
            jobs.put(schedule.name(), schedule);
            scheduler.scheduleIfNotExists(jobTask.instance(schedule.name()), Instant.now());
            bringForward(schedule);
        } catch (RuntimeException e) {
            LOG.error("Scheduled job ignored: {}", e.getMessage());
        }
    }

    /**
     * Moves the job's next run to its first due time when it lies further out than its schedule could put it. That
     * happens when the run fell due on a node where the job was not registered yet (after a restart the scheduler may
     * revive a killed node's run before the job's bundle is back), which defers it by {@link #ABSENT_RETRY}, and when
     * the job's period was shortened.
     */
    private void bringForward(JobSchedule schedule) {
        TaskInstance<Void> instance = jobTask.instance(schedule.name());
        Instant first = schedule.schedule().getInitialExecutionTime(Instant.now());
        Instant latest = schedule.schedule().getNextExecutionTime(ExecutionComplete.simulatedSuccess(first));
        scheduler
                .getScheduledExecution(instance)
                .filter(pending ->
                        !pending.isPicked() && pending.getExecutionTime().isAfter(latest))
                .ifPresent(pending -> {
                    // False when another node picked it meanwhile: then it runs now anyway.
                    scheduler.reschedule(instance, first);
                    LOG.info(
                            "Job {} was due only at {}; brought forward to {}",
                            schedule.name(),
                            pending.getExecutionTime(),
                            first);
                });
    }

    void removeJob(ScheduledJob job) {
        nodeJobs.remove(job);
        jobs.values().removeIf(s -> s.job() == job);
    }

    @Override
    public void runSoon(String name) {
        if (name != null) {
            nodeJobs.runSoon(name);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTimerHandler(TimerHandler handler, Map<String, Object> properties) {
        Object name = properties.get(TimerHandler.NAME);
        if (name == null || !NAME.matcher(name.toString()).matches()) {
            LOG.error("Timer handler without a usable {}: {}", TimerHandler.NAME, handler);
            return;
        }
        handlers.put(name.toString(), handler);
    }

    void removeTimerHandler(TimerHandler handler) {
        handlers.values().removeIf(h -> h == handler);
    }

    @Override
    public void schedule(String name, String id, Instant at, Map<String, String> payload) {
        check(name, id);
        Objects.requireNonNull(at, "at");
        String instanceId = TimerData.instanceId(name, id);
        String data = new TimerData(name, id, payload == null ? Map.of() : Map.copyOf(payload)).json();
        transactions.required(c -> {
            if (scheduler
                    .getScheduledExecution(TaskInstanceId.of(TIMER_TASK, instanceId))
                    .isPresent()) {
                scheduler.reschedule(TaskInstanceId.of(TIMER_TASK, instanceId), at, data);
            } else {
                scheduler.schedule(timerTask.instance(instanceId, data), at);
            }
            return null;
        });
    }

    @Override
    public boolean cancel(String name, String id) {
        check(name, id);
        TaskInstanceId instance = TaskInstanceId.of(TIMER_TASK, TimerData.instanceId(name, id));
        return transactions.required(c -> {
            if (scheduler.getScheduledExecution(instance).isEmpty()) {
                return false;
            }
            scheduler.cancel(instance);
            return true;
        });
    }

    @Override
    public Optional<Instant> due(String name, String id) {
        check(name, id);
        return transactions.read(c -> scheduler
                .getScheduledExecution(TaskInstanceId.of(TIMER_TASK, TimerData.instanceId(name, id)))
                .map(e -> e.getExecutionTime()));
    }

    private static void check(String name, String id) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("timer name must be 1 to 100 of A-Z a-z 0-9 _ . -: " + name);
        }
        if (id == null || id.isBlank() || id.length() > 140) {
            throw new IllegalArgumentException("timer id must be 1 to 140 characters: " + id);
        }
    }

    @Override
    public List<ComponentHealth> health() {
        try {
            long failing = transactions.read(c -> Jdbc.one(
                            c, "SELECT COUNT(*) FROM " + TABLE + " WHERE consecutive_failures > 0", r -> r.getLong(1))
                    .orElse(0L));
            String detail = jobs.size() + " jobs, " + handlers.size() + " timer kinds, " + failing + " failing";
            return List.of(
                    failing == 0
                            ? ComponentHealth.up("scheduler", detail)
                            : new ComponentHealth("scheduler", ComponentHealth.Status.DEGRADED, detail, -1));
        } catch (RuntimeException e) {
            return List.of(ComponentHealth.down("scheduler", e.getMessage(), -1));
        }
    }
}
