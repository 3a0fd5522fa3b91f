package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class CaseFilesPostgresTest extends CaseFilesContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
