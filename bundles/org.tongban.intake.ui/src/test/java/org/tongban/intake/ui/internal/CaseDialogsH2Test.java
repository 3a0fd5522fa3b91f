package org.tongban.intake.ui.internal;

import org.tongban.testing.TestDatabase;

class CaseDialogsH2Test extends CaseDialogsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(ConsoleFixture.CHANGELOG);
    }
}
