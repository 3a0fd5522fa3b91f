package org.tongban.market.internal;

import org.junit.jupiter.api.BeforeAll;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.PostgresTest;
import org.tongban.testing.TestDatabase;

/** The market on PostgreSQL, in a schema of its own that is dropped afterwards. */
@PostgresTest
class PostgresMarketTest extends MarketContract {
    private static TestDatabase database;

    @BeforeAll
    static void migrate(PostgresSchema schema) {
        database = TestDatabase.postgres(schema, MarketFixture.CHANGELOG);
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
