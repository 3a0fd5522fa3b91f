package org.tongban.catalogue.ui.console;

import org.tongban.testing.TestDatabase;

class WorkItemsPostgresTest extends WorkItemsContract {
    @Override
    TestDatabase open(String changelog) {
        return TestDatabase.postgres(changelog);
    }
}
