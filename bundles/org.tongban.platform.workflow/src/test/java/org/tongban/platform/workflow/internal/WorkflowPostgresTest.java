package org.tongban.platform.workflow.internal;

class WorkflowPostgresTest extends WorkflowContract {
    @Override
    TestDb open() throws Exception {
        return TestDb.postgres();
    }
}
