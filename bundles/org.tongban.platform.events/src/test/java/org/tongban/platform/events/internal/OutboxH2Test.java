package org.tongban.platform.events.internal;

class OutboxH2Test extends OutboxContract {
    @Override
    TestDb open() throws Exception {
        return TestDb.h2();
    }
}
