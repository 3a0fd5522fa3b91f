package org.tongban.hotline.internal;

import org.tongban.testing.TestDatabase;

class HotlinePostgresTest extends HotlineContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(HotlineFixture.CHANGELOG);
    }
}
