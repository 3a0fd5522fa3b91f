package org.tongban.worktime.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tongban.platform.api.persistence.Database;
import org.tongban.worktime.DeadlineEvent;
import org.tongban.worktime.DeadlineListener;

/**
 * Runs the deadline sweep as a db-scheduler recurring task on the platform database. db-scheduler lets one node at a
 * time execute it (the task row is picked with a lock) and survives restarts; the sweep itself fires each event once
 * even if two runs overlapped.
 */
@Component(
        service = {},
        immediate = true,
        configurationPid = WorktimeConfig.PID)
public final class DeadlineScheduler {
    static final String TASK = "worktime-deadline-sweep";

    private final List<DeadlineListener> listeners = new CopyOnWriteArrayList<>();
    private final Scheduler scheduler;

    @Activate
    public DeadlineScheduler(@Reference Database database, WorktimeConfig config) {
        this(database.dataSource(), Duration.ofSeconds(Math.max(1, config.sweepIntervalSeconds())), "");
        scheduler.start();
    }

    DeadlineScheduler(DataSource dataSource, Duration interval, String name) {
        DeadlineSweeper sweeper = new DeadlineSweeper(dataSource, this::deliver);
        RecurringTask<Void> task = Tasks.recurring(TASK, Schedules.fixedDelay(interval))
                .execute((instance, context) -> sweeper.sweep(Instant.now()));
        var builder = Scheduler.create(dataSource)
                .startTasks(task)
                .pollingInterval(interval)
                .threads(1);
        if (!name.isEmpty()) {
            builder.schedulerName(() -> name);
        }
        scheduler = builder.build();
    }

    void start() {
        scheduler.start();
    }

    @Deactivate
    void stop() {
        scheduler.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(DeadlineListener listener) {
        listeners.add(listener);
    }

    void removeListener(DeadlineListener listener) {
        listeners.remove(listener);
    }

    private void deliver(DeadlineEvent event) {
        for (DeadlineListener listener : listeners) {
            listener.deadlineReached(event);
        }
    }
}
