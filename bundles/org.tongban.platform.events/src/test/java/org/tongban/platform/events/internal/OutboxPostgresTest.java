package org.tongban.platform.events.internal;

import org.tongban.testing.TestDatabase;

class OutboxPostgresTest extends OutboxContract {
    @Override
    TestDatabase open() {
        TestDatabase db = TestDatabase.postgres("db/events-changelog.xml");
        db.execute("CREATE TABLE handled (handler VARCHAR(50), node VARCHAR(50), seq BIGINT, aggregate VARCHAR(200))");
        return db;
    }
}
