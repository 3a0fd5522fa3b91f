package org.tongban.platform.scheduler.internal;

import org.tongban.testing.TestDatabase;

class SchedulerPostgresTest extends SchedulerContract {
    @Override
    TestDatabase open() {
        TestDatabase db = TestDatabase.postgres("db/scheduler-changelog.xml");
        db.execute("CREATE TABLE fired (name VARCHAR(50), id VARCHAR(50), node VARCHAR(50), note VARCHAR(200))");
        return db;
    }
}
