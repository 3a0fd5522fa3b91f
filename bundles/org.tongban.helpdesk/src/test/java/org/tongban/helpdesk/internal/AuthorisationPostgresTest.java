package org.tongban.helpdesk.internal;

import org.tongban.testing.TestDatabase;

class AuthorisationPostgresTest extends AuthorisationContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(HelpdeskFixture.CHANGELOG);
    }
}
