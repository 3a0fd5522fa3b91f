package org.tongban.helpdesk.internal;

import org.tongban.testing.TestDatabase;

class HelpdeskH2Test extends HelpdeskContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(HelpdeskFixture.CHANGELOG);
    }
}
