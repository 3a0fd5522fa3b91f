package org.tongban.hotline.ui.internal;

import org.tongban.testing.TestDatabase;

class WorkItemsPostgresTest extends WorkItemsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(ConsoleFixture.CHANGELOG);
    }
}
