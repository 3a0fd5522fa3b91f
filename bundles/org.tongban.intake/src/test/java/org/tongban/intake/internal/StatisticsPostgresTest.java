package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class StatisticsPostgresTest extends StatisticsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
