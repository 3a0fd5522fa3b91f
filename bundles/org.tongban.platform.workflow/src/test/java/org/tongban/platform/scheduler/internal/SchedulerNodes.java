package org.tongban.platform.scheduler.internal;

import java.util.Map;
import javax.sql.DataSource;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.scheduler.TimerHandler;

/** The platform scheduler as a node of the cluster runs it, for tests of the bundles whose timers it fires. */
public final class SchedulerNodes {
    private SchedulerNodes() {}

    /** A node on the shared database, polling every 100 ms; not started yet. */
    public static SchedulerComponent node(DataSource pool, Transactions tx, String name) {
        return new SchedulerComponent(pool, tx, 100, 2, 1, 30, name);
    }

    public static void start(SchedulerComponent node) {
        node.start();
    }

    public static void stop(SchedulerComponent node) {
        node.stop();
    }

    public static void handle(SchedulerComponent node, String timerName, TimerHandler handler) {
        node.addTimerHandler(handler, Map.of(TimerHandler.NAME, timerName));
    }
}
