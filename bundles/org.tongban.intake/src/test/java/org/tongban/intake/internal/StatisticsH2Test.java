package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class StatisticsH2Test extends StatisticsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
