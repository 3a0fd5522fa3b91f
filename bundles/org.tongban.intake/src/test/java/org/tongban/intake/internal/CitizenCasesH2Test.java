package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class CitizenCasesH2Test extends CitizenCasesContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
