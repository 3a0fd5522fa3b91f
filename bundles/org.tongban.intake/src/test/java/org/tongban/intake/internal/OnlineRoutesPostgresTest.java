package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class OnlineRoutesPostgresTest extends OnlineRoutesContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
