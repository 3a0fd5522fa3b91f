package org.tongban.helpdesk.internal;

import org.tongban.testing.TestDatabase;

class FormsPostgresTest extends FormsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(HelpdeskFixture.CHANGELOG);
    }
}
