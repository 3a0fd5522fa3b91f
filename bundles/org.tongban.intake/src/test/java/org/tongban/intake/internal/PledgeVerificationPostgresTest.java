package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class PledgeVerificationPostgresTest extends PledgeVerificationContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
