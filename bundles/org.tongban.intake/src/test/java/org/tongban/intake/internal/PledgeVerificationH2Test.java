package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class PledgeVerificationH2Test extends PledgeVerificationContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
