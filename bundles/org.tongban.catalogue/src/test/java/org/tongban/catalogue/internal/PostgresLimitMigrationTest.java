package org.tongban.catalogue.internal;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.PostgresTest;

/** The migration to limits with units on PostgreSQL, in a schema of its own. */
@PostgresTest
class PostgresLimitMigrationTest extends LimitMigrationContract {
    private PostgresSchema schema;

    @BeforeEach
    void schema(PostgresSchema schema) {
        this.schema = schema;
    }

    @Override
    DataSource emptyDatabase() {
        return schema.dataSource();
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
