package org.tongban.hotline.open311.internal;

import org.tongban.testing.TestDatabase;

class Open311PostgresTest extends Open311Contract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres("db/open311-with-hotline.xml");
    }
}
