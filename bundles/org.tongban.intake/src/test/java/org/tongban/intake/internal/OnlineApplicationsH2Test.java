package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class OnlineApplicationsH2Test extends OnlineApplicationsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
