package org.tongban.platform.scheduler.internal;

class SchedulerPostgresTest extends SchedulerContract {
    @Override
    TestDb open() throws Exception {
        return TestDb.postgres();
    }
}
