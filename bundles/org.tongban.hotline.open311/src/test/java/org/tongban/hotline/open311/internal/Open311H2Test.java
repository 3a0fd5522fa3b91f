package org.tongban.hotline.open311.internal;

import org.tongban.testing.TestDatabase;

class Open311H2Test extends Open311Contract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2("db/open311-with-hotline.xml");
    }
}
