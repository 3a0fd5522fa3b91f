package org.tongban.platform.scheduler.internal;

import org.tongban.testing.TestDatabase;

class SchedulerH2Test extends SchedulerContract {
    @Override
    TestDatabase open() {
        TestDatabase db = TestDatabase.h2("db/scheduler-changelog.xml");
        db.execute("CREATE TABLE fired (name VARCHAR(50), id VARCHAR(50), node VARCHAR(50), note VARCHAR(200))");
        return db;
    }
}
