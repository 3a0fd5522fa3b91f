package org.tongban.catalogue.internal;

import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.PostgresTest;
import org.tongban.testing.TestDatabase;

/** Limits with units on PostgreSQL. */
@PostgresTest
class PostgresLimitsTest extends LimitsContract {
    private static Database database;

    @BeforeAll
    static void migrate(PostgresSchema schema) {
        database = TestDatabase.postgres(schema, CHANGELOG);
    }

    @Override
    Database database() {
        return database;
    }
}
