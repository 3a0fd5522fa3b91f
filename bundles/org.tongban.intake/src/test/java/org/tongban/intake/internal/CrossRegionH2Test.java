package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class CrossRegionH2Test extends CrossRegionContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
