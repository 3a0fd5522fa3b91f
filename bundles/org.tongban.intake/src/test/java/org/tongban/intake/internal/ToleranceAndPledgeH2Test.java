package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class ToleranceAndPledgeH2Test extends ToleranceAndPledgeContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
