package org.tongban.platform.scheduler.internal;

class SchedulerH2Test extends SchedulerContract {
    @Override
    TestDb open() throws Exception {
        return TestDb.h2();
    }
}
