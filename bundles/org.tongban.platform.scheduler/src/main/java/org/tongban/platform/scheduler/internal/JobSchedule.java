package org.tongban.platform.scheduler.internal;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.util.Map;
import org.tongban.platform.scheduler.ScheduledJob;

/** A job service with its name and schedule, read from its properties. */
record JobSchedule(ScheduledJob job, String name, Schedule schedule, Duration retry) {

    /** Throws IllegalArgumentException when the properties name no job or no usable schedule. */
    static JobSchedule of(ScheduledJob job, Map<String, ?> properties) {
        Object name = properties.get(ScheduledJob.NAME);
        if (name == null || name.toString().isBlank() || name.toString().length() > 200) {
            throw new IllegalArgumentException("scheduled job without a usable " + ScheduledJob.NAME + ": " + job);
        }
        Object expression = properties.get(ScheduledJob.EXPRESSION);
        long period = properties.get(ScheduledJob.PERIOD) instanceof Number n ? n.longValue() : 0;
        if (expression != null && !expression.toString().isBlank()) {
            Schedule cron = Schedules.cron(expression.toString().strip());
            return new JobSchedule(job, name.toString().strip(), cron, Duration.ofSeconds(60));
        }
        if (period <= 0) {
            throw new IllegalArgumentException(
                    "scheduled job " + name + " needs " + ScheduledJob.PERIOD + " > 0 or " + ScheduledJob.EXPRESSION);
        }
        Duration every = Duration.ofSeconds(period);
        return new JobSchedule(job, name.toString().strip(), Schedules.fixedDelay(every), every);
    }
}
