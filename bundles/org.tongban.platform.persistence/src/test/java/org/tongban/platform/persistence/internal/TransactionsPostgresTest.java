package org.tongban.platform.persistence.internal;

import org.junit.jupiter.api.BeforeAll;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.PostgresTest;

@PostgresTest
class TransactionsPostgresTest extends TransactionsContract {

    static PostgresSchema schema;

    @BeforeAll
    static void schema(PostgresSchema created) {
        schema = created;
    }

    @Override
    PooledDatabase open() {
        return PooledDatabase.open(schema.url(), schema.user(), "", POOL);
    }
}
