package org.tongban.hotline.ui.internal;

import org.tongban.testing.TestDatabase;

class WorkItemsH2Test extends WorkItemsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(ConsoleFixture.CHANGELOG);
    }
}
