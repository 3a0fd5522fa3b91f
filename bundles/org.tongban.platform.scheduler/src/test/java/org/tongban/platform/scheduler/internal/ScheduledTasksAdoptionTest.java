package org.tongban.platform.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.jdbc.Jdbc;

/** A database of release 0.1, where the working-time bundle owned scheduled_tasks, keeps its rows. */
class ScheduledTasksAdoptionTest {

    @AfterEach
    void reset() {
        TestDb.BEFORE.remove();
    }

    @Test
    void theOldTableIsRenamedWithItsRows() throws Exception {
        TestDb.BEFORE.set(ds -> {
            TestDb.execute(
                    ds,
                    "CREATE TABLE scheduled_tasks (task_name VARCHAR(250) NOT NULL,"
                            + " task_instance VARCHAR(250) NOT NULL, task_data BLOB, execution_time TIMESTAMP WITH TIME ZONE"
                            + " NOT NULL, picked BOOLEAN NOT NULL, picked_by VARCHAR(250), last_success TIMESTAMP WITH TIME"
                            + " ZONE, last_failure TIMESTAMP WITH TIME ZONE, consecutive_failures INT, last_heartbeat"
                            + " TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL, priority SMALLINT,"
                            + " PRIMARY KEY (task_name, task_instance))");
            TestDb.execute(
                    ds,
                    "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked,"
                            + " version) VALUES ('worktime-deadline-sweep', 'recurring', CURRENT_TIMESTAMP, FALSE, 1)");
        });
        try (TestDb db = TestDb.h2()) {
            Long rows = db.transactions()
                    .read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM platform_scheduled_tasks", r -> r.getLong(1))
                            .orElseThrow());
            assertThat(rows).isOne();
        }
    }
}
