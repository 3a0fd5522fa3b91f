package org.tongban.hotline.internal;

import org.tongban.testing.TestDatabase;

class CitizenTicketsPostgresTest extends CitizenTicketsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(HotlineFixture.CHANGELOG);
    }
}
