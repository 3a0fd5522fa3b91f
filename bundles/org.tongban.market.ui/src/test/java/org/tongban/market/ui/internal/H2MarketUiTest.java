package org.tongban.market.ui.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.tongban.market.internal.MarketForUi;
import org.tongban.testing.TestDatabase;

/** The market's views and pages on H2, the default database. */
class H2MarketUiTest extends MarketUiContract {
    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2(MarketForUi.CHANGELOG);
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
