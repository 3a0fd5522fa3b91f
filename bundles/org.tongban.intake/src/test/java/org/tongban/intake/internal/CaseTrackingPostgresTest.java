package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class CaseTrackingPostgresTest extends CaseTrackingContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
