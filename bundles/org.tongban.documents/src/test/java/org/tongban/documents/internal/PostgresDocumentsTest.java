package org.tongban.documents.internal;

import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.PostgresTest;
import org.tongban.testing.TestDatabase;

/** Documents on PostgreSQL, in a schema of its own that is dropped afterwards. */
@PostgresTest
class PostgresDocumentsTest extends DocumentsContract {
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
