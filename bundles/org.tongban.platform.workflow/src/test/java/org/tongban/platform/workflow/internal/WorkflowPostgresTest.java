package org.tongban.platform.workflow.internal;

import org.tongban.testing.TestDatabase;

class WorkflowPostgresTest extends WorkflowContract {
    @Override
    TestDatabase open() {
        TestDatabase db = TestDatabase.postgres("db/workflow-changelog.xml");
        db.execute("CREATE TABLE probe_case (id VARCHAR(100), note VARCHAR(100))");
        return db;
    }
}
