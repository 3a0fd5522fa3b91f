package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class CaseTrackingH2Test extends CaseTrackingContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
