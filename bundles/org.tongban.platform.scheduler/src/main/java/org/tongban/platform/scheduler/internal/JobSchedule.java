package org.tongban.platform.scheduler.internal;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.util.Map;
import org.tongban.platform.scheduler.ScheduledJob;

/** A job service with its name and schedule, read from its properties. */
record JobSchedule(ScheduledJob job, String name, Schedule schedule, Duration retry, boolean node) {

    /** Throws IllegalArgumentException when the properties name no job or no usable schedule. */
    static JobSchedule of(ScheduledJob job, Map<String, ?> properties) {
        Object name = properties.get(ScheduledJob.NAME);
        if (name == null || name.toString().isBlank() || name.toString().length() > 200) {
            throw new IllegalArgumentException("scheduled job without a usable " + ScheduledJob.NAME + ": " + job);
        }
        Object scope = properties.get(ScheduledJob.SCOPE);
        boolean node = scope != null && scope.toString().strip().equals(ScheduledJob.NODE);
        if (scope != null && !node && !scope.toString().strip().equals(ScheduledJob.CLUSTER)) {
            throw new IllegalArgumentException("scheduled job " + name + ": " + ScheduledJob.SCOPE + " must be "
                    + ScheduledJob.CLUSTER + " or " + ScheduledJob.NODE + ", not " + scope);
        }
        Object expression = properties.get(ScheduledJob.EXPRESSION);
        long period = properties.get(ScheduledJob.PERIOD) instanceof Number n ? n.longValue() : 0;
        if (expression != null && !expression.toString().isBlank()) {
            if (node) {
                throw new IllegalArgumentException("node-scoped job " + name + " needs " + ScheduledJob.PERIOD);
            }
            Schedule cron = Schedules.cron(expression.toString().strip());
            return new JobSchedule(job, name.toString().strip(), cron, Duration.ofSeconds(60), false);
        }
        if (period <= 0) {
            throw new IllegalArgumentException(
                    "scheduled job " + name + " needs " + ScheduledJob.PERIOD + " > 0 or " + ScheduledJob.EXPRESSION);
        }
        Duration every = Duration.ofSeconds(period);
        return new JobSchedule(job, name.toString().strip(), Schedules.fixedDelay(every), every, node);
    }
}
