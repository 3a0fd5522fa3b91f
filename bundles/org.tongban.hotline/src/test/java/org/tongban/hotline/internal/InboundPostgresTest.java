package org.tongban.hotline.internal;

import org.tongban.testing.TestDatabase;

class InboundPostgresTest extends InboundContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(HotlineFixture.CHANGELOG);
    }
}
