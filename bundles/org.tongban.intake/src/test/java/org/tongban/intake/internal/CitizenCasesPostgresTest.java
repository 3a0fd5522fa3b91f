package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class CitizenCasesPostgresTest extends CitizenCasesContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
