package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class CrossRegionPostgresTest extends CrossRegionContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
