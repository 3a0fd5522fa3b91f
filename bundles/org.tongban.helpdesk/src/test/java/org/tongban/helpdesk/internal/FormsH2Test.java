package org.tongban.helpdesk.internal;

import org.tongban.testing.TestDatabase;

class FormsH2Test extends FormsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(HelpdeskFixture.CHANGELOG);
    }
}
