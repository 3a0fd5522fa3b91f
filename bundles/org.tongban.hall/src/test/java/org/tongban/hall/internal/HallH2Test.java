package org.tongban.hall.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;
import org.tongban.testing.TestDatabase;

/** The hall on H2, the default database. */
class HallH2Test extends HallContract {
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2(HallFixture.CHANGELOG);
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
