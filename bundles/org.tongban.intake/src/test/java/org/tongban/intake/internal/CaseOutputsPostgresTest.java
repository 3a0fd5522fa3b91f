package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class CaseOutputsPostgresTest extends CaseOutputsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
