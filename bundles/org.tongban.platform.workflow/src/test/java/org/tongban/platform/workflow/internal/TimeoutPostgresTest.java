package org.tongban.platform.workflow.internal;

import org.tongban.testing.TestDatabase;

class TimeoutPostgresTest extends TimeoutContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres("db/workflow-changelog.xml");
    }
}
