package org.tongban.catalogue.ui.console;

import org.tongban.testing.TestDatabase;

class WorkItemsH2Test extends WorkItemsContract {
    @Override
    TestDatabase open(String changelog) {
        return TestDatabase.h2(changelog);
    }
}
