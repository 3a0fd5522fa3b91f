package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class OnlineRoutesH2Test extends OnlineRoutesContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
