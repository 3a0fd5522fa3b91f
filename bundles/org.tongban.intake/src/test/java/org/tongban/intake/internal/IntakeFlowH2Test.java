package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class IntakeFlowH2Test extends IntakeFlowContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
