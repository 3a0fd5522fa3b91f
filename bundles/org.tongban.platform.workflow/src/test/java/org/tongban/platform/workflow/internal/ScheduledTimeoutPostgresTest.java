package org.tongban.platform.workflow.internal;

import org.tongban.testing.TestDatabase;

class ScheduledTimeoutPostgresTest extends ScheduledTimeoutContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres("db/workflow-with-scheduler.xml");
    }
}
