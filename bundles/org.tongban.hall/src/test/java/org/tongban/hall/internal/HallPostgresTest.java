package org.tongban.hall.internal;

import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.PostgresTest;
import org.tongban.testing.TestDatabase;

/** The hall on PostgreSQL, in a schema of its own that is dropped afterwards. */
@PostgresTest
class HallPostgresTest extends HallContract {
    private static Database database;

    @BeforeAll
    static void migrate(PostgresSchema schema) {
        database = TestDatabase.postgres(schema, HallFixture.CHANGELOG);
    }

    @Override
    Database database() {
        return database;
    }
}
