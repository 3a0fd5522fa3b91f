package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class OnlineSupplementH2Test extends OnlineSupplementContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
