package org.tongban.catalogue.internal;

import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.PostgresTest;
import org.tongban.testing.TestDatabase;

/** Material details and visit rules on PostgreSQL. */
@PostgresTest
class PostgresGuideDetailsTest extends GuideDetailsContract {
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
