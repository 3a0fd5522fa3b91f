package org.tongban.catalogue.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;

/** The public catalogue and consistency report on PostgreSQL. */
class PostgresPublicCatalogueTest extends PublicCatalogueContract {
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
