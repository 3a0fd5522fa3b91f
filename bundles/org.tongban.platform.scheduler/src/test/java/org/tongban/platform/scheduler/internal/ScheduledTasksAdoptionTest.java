package org.tongban.platform.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.testing.TestDatabase;

/** A database of release 0.1, where the working-time bundle owned scheduled_tasks, keeps its rows. */
class ScheduledTasksAdoptionTest {

    @Test
    void theOldTableIsRenamedWithItsRows() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:adopt_" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        execute(
                ds,
                "CREATE TABLE scheduled_tasks (task_name VARCHAR(250) NOT NULL,"
                        + " task_instance VARCHAR(250) NOT NULL, task_data BLOB, execution_time TIMESTAMP WITH TIME ZONE"
                        + " NOT NULL, picked BOOLEAN NOT NULL, picked_by VARCHAR(250), last_success TIMESTAMP WITH TIME"
                        + " ZONE, last_failure TIMESTAMP WITH TIME ZONE, consecutive_failures INT, last_heartbeat"
                        + " TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL, priority SMALLINT,"
                        + " PRIMARY KEY (task_name, task_instance))");
        execute(
                ds,
                "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked,"
                        + " version) VALUES ('worktime-deadline-sweep', 'recurring', CURRENT_TIMESTAMP, FALSE, 1)");
        try (TestDatabase db = TestDatabase.migrated(ds, "h2", "db/scheduler-changelog.xml")) {
            Long rows = db.transactions()
                    .read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM platform_scheduled_tasks", r -> r.getLong(1))
                            .orElseThrow());
            assertThat(rows).isOne();
        }
    }

    private static void execute(JdbcDataSource ds, String sql) throws java.sql.SQLException {
        try (var c = ds.getConnection();
                var st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
