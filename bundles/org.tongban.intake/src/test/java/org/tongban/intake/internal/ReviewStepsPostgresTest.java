package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class ReviewStepsPostgresTest extends ReviewStepsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
