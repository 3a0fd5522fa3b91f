package org.tongban.helpdesk.internal;

import org.tongban.testing.TestDatabase;

class HelpdeskPostgresTest extends HelpdeskContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(HelpdeskFixture.CHANGELOG);
    }
}
