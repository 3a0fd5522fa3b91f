package org.tongban.catalogue.internal;

import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;

/** The workflow on H2, the default database. */
class H2WorkflowTest extends WorkflowContract {
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
