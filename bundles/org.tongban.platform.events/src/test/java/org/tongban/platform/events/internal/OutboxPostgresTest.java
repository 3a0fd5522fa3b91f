package org.tongban.platform.events.internal;

class OutboxPostgresTest extends OutboxContract {
    @Override
    TestDb open() throws Exception {
        return TestDb.postgres();
    }
}
