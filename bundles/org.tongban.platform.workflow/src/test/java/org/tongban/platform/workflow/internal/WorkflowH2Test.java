package org.tongban.platform.workflow.internal;

import org.tongban.testing.TestDatabase;

class WorkflowH2Test extends WorkflowContract {
    @Override
    TestDatabase open() {
        TestDatabase db = TestDatabase.h2("db/workflow-changelog.xml");
        db.execute("CREATE TABLE probe_case (id VARCHAR(100), note VARCHAR(100))");
        return db;
    }
}
