package org.tongban.platform.workflow.internal;

import org.tongban.testing.TestDatabase;

class ScheduledTimeoutH2Test extends ScheduledTimeoutContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2("db/workflow-with-scheduler.xml");
    }
}
