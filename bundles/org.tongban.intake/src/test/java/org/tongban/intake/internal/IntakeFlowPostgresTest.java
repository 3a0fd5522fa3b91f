package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class IntakeFlowPostgresTest extends IntakeFlowContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
