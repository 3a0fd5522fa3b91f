package org.tongban.catalogue.internal;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.tongban.platform.api.persistence.Database;

/** A fresh in-memory H2 database with the changelog applied. */
final class H2Schema {
    private H2Schema() {}

    static Database create() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(
                "jdbc:h2:mem:catalogue_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        return TestDatabase.migrated(dataSource, "h2");
    }
}
