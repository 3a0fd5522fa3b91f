package org.tongban.helpdesk.ui.internal;

import org.tongban.helpdesk.internal.HelpdeskFixture;
import org.tongban.testing.TestDatabase;

class MobileRoutesPostgresTest extends MobileRoutesContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(HelpdeskFixture.CHANGELOG);
    }
}
