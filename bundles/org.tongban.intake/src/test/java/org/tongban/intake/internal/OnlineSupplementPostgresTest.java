package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class OnlineSupplementPostgresTest extends OnlineSupplementContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
