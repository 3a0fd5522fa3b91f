package org.tongban.platform.scheduler;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A recurring job: register it as a service with {@link Job} properties. It runs on one node of the cluster at a time;
 * a run that throws is logged and retried after {@code scheduler.period} (or 60 seconds for a cron job).
 */
@ConsumerType
public interface ScheduledJob {

    /** Service property: the job's unique name, which keys its state in the database. */
    String NAME = "scheduler.name";

    /** Service property: seconds between the end of one run and the start of the next. */
    String PERIOD = "scheduler.period";

    /** Service property: a cron expression ({@code second minute hour day month weekday}), instead of a period. */
    String EXPRESSION = "scheduler.expression";

    void run() throws Exception;
}
