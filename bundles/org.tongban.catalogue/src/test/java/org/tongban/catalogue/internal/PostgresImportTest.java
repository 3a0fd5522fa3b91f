package org.tongban.catalogue.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;

/** Import and export on PostgreSQL. */
class PostgresImportTest extends ImportContract {
    private static PostgresSchema schema;

    @BeforeAll
    static void migrate() throws Exception {
        schema = PostgresSchema.create();
    }

    @AfterAll
    static void drop() throws Exception {
        schema.drop();
    }

    @Override
    Database database() {
        return schema.database();
    }
}
