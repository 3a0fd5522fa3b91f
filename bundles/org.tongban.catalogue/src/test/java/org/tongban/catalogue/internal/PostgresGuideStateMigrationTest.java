package org.tongban.catalogue.internal;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.PostgresTest;

/** The move of guide states onto the workflows on PostgreSQL, in a schema of its own. */
@PostgresTest
class PostgresGuideStateMigrationTest extends GuideStateMigrationContract {
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
