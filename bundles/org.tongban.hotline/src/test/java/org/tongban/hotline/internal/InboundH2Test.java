package org.tongban.hotline.internal;

import org.tongban.testing.TestDatabase;

class InboundH2Test extends InboundContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(HotlineFixture.CHANGELOG);
    }
}
