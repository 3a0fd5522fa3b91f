package org.tongban.catalogue.internal;

import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;

/** Departments, FAQ entries and life events on H2, the default database. */
class H2ReferenceDataTest extends ReferenceDataContract {
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
