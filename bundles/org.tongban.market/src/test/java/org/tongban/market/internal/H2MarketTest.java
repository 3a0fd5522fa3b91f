package org.tongban.market.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tongban.testing.TestDatabase;

/** The market on H2, the default database. */
class H2MarketTest extends MarketContract {
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2(MarketFixture.CHANGELOG);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
