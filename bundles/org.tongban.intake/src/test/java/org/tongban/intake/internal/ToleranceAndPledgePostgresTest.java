package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class ToleranceAndPledgePostgresTest extends ToleranceAndPledgeContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
