package org.tongban.hotline.internal;

import org.tongban.testing.TestDatabase;

class CitizenTicketsH2Test extends CitizenTicketsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(HotlineFixture.CHANGELOG);
    }
}
