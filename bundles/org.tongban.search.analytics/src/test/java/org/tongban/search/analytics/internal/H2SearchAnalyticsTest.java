package org.tongban.search.analytics.internal;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.tongban.platform.api.persistence.Database;

/** Search analytics on H2, the default database. */
class H2SearchAnalyticsTest extends SearchAnalyticsContract {
    private static Database database;

    @BeforeAll
    static void migrate() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(
                "jdbc:h2:mem:analytics_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        database = TestDatabase.migrated(dataSource, "h2");
    }

    @Override
    Database database() {
        return database;
    }
}
