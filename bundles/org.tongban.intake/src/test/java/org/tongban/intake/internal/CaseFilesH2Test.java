package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class CaseFilesH2Test extends CaseFilesContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(IntakeFixture.CHANGELOG);
    }
}
