package org.tongban.market.ui.internal;

import org.junit.jupiter.api.BeforeAll;
import org.tongban.market.internal.MarketForUi;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.PostgresTest;
import org.tongban.testing.TestDatabase;

/** The market's views and pages on PostgreSQL, in a schema of its own that is dropped afterwards. */
@PostgresTest
class PostgresMarketUiTest extends MarketUiContract {
    private static TestDatabase database;

    @BeforeAll
    static void migrate(PostgresSchema schema) {
        database = TestDatabase.postgres(schema, MarketForUi.CHANGELOG);
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
