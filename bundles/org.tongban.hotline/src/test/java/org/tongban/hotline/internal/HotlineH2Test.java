package org.tongban.hotline.internal;

import org.tongban.testing.TestDatabase;

class HotlineH2Test extends HotlineContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(HotlineFixture.CHANGELOG);
    }
}
