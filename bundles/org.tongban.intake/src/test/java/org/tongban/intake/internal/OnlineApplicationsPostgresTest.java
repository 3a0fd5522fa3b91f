package org.tongban.intake.internal;

import org.tongban.testing.TestDatabase;

class OnlineApplicationsPostgresTest extends OnlineApplicationsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(IntakeFixture.CHANGELOG);
    }
}
