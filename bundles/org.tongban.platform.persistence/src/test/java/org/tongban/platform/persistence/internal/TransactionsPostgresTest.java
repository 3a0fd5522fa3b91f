package org.tongban.platform.persistence.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class TransactionsPostgresTest extends TransactionsContract {

    static Postgres postgres;

    @BeforeAll
    static void schema() throws Exception {
        postgres = Postgres.connectOrSkip();
        postgres.resetSchema();
    }

    @AfterAll
    static void drop() throws Exception {
        if (postgres != null) {
            postgres.dropSchema();
        }
    }

    @Override
    PooledDatabase open() {
        return PooledDatabase.open(postgres.schemaUrl(), postgres.user, "", POOL);
    }
}
