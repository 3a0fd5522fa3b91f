package org.tongban.catalogue.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;
import org.tongban.testing.TestDatabase;

/** Material details and visit rules on H2, the default database. */
class H2GuideDetailsTest extends GuideDetailsContract {
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2(CHANGELOG);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    Database database() {
        return database;
    }
}
