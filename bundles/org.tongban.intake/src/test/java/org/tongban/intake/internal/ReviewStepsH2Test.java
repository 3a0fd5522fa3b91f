package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class ReviewStepsH2Test extends ReviewStepsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
