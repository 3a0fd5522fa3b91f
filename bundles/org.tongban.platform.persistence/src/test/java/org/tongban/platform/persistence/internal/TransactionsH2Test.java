package org.tongban.platform.persistence.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class TransactionsH2Test extends TransactionsContract {

    @TempDir
    Path home;

    @Override
    PooledDatabase open() {
        return PooledDatabase.open(JdbcUrls.effectiveUrl("", home.toString()), "", "", POOL);
    }
}
