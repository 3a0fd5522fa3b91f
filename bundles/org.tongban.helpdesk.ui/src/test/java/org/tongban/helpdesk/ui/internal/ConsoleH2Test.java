package org.tongban.helpdesk.ui.internal;

import org.tongban.helpdesk.internal.HelpdeskFixture;
import org.tongban.testing.TestDatabase;

class ConsoleH2Test extends ConsoleContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(HelpdeskFixture.CHANGELOG);
    }
}
