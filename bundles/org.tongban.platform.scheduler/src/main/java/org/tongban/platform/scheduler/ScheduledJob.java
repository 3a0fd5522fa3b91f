package org.tongban.platform.scheduler;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A recurring job: register it as a service with {@link Job} properties. It runs on one node of the cluster at a time;
 * a run that throws is logged and retried after {@code scheduler.period} (or 60 seconds for a cron job). A job with
 * {@link #SCOPE} {@link #NODE} runs on every node instead, each node on its own, and can be asked for an early run
 * with {@link Jobs#runSoon}.
 */
@ConsumerType
public interface ScheduledJob {

    /** Service property: the job's unique name, which keys its state in the database. */
    String NAME = "scheduler.name";

    /** Service property: seconds between the end of one run and the start of the next. */
    String PERIOD = "scheduler.period";

    /** Service property: a cron expression ({@code second minute hour day month weekday}), instead of a period. */
    String EXPRESSION = "scheduler.expression";

    /**
     * Service property: {@link #CLUSTER} (the default) or {@link #NODE}.
     *
     * @since 1.1
     */
    String SCOPE = "scheduler.scope";

    /**
     * Scope: one run at a time across the cluster, its state in the database.
     *
     * @since 1.1
     */
    String CLUSTER = "cluster";

    /**
     * Scope: runs on every node, on the scheduler's threads of that node, every {@link #PERIOD} seconds; nothing of it
     * is stored. For work that each node must do for itself or that is cheap to repeat and safe to run on two nodes at
     * once (it takes its own database locks), such as linking the audit chain.
     *
     * @since 1.1
     */
    String NODE = "node";

    void run() throws Exception;
}
