package org.tongban.platform.accounts.internal;

import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.PostgresTest;
import org.tongban.testing.TestDatabase;

/** Public accounts on PostgreSQL, in a schema of their own (with the outbox's tables) dropped afterwards. */
@PostgresTest
class PostgresPublicAccountsTest extends PublicAccountsContract {
    private static Database database;

    @BeforeAll
    static void migrate(PostgresSchema schema) {
        database = TestDatabase.postgres(schema, CHANGELOG);
        TestDatabase.migrated(schema.dataSource(), "postgresql", NOTIFY_CHANGELOG);
    }

    @Override
    Database database() {
        return database;
    }
}
