package org.tongban.intake.ui.internal;

import org.tongban.testing.TestDatabase;

class CaseDialogsPostgresTest extends CaseDialogsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(ConsoleFixture.CHANGELOG);
    }
}
