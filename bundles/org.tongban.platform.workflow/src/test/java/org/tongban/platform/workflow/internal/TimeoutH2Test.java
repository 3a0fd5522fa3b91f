package org.tongban.platform.workflow.internal;

import org.tongban.testing.TestDatabase;

class TimeoutH2Test extends TimeoutContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2("db/workflow-changelog.xml");
    }
}
