package org.tongban.platform.accounts.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;
import org.tongban.testing.TestDatabase;

/** Public accounts on H2, the default database, with the outbox's tables beside them. */
class H2PublicAccountsTest extends PublicAccountsContract {
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2(CHANGELOG);
        TestDatabase.migrated(database.dataSource(), "h2", NOTIFY_CHANGELOG);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    Database database() {
        return database;
    }
}
