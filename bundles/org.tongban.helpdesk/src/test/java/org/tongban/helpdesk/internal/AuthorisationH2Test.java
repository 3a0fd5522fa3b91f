package org.tongban.helpdesk.internal;

import org.tongban.testing.TestDatabase;

class AuthorisationH2Test extends AuthorisationContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(HelpdeskFixture.CHANGELOG);
    }
}
