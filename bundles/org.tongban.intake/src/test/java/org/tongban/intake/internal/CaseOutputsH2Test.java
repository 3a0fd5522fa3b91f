package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class CaseOutputsH2Test extends CaseOutputsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
