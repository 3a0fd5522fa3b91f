package org.tongban.platform.workflow.internal;

class WorkflowH2Test extends WorkflowContract {
    @Override
    TestDb open() throws Exception {
        return TestDb.h2();
    }
}
