package org.tongban.catalogue.internal;

import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;

/** The public catalogue and consistency report on H2, the default database. */
class H2PublicCatalogueTest extends PublicCatalogueContract {
    private static Database database;

    @BeforeAll
    static void migrate() throws Exception {
        database = H2Schema.create();
    }

    @Override
    Database database() {
        return database;
    }
}
