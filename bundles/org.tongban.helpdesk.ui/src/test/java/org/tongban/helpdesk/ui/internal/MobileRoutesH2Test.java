package org.tongban.helpdesk.ui.internal;

import org.tongban.helpdesk.internal.HelpdeskFixture;
import org.tongban.testing.TestDatabase;

class MobileRoutesH2Test extends MobileRoutesContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(HelpdeskFixture.CHANGELOG);
    }
}
