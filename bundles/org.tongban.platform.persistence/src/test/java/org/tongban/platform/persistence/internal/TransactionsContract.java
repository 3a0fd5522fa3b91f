package org.tongban.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.DataAccessException;
import org.tongban.platform.api.persistence.Transactions;

/** The thread-bound transactions every bundle shares, on a real pool of the database under test. */
abstract class TransactionsContract {

    static final int POOL = 4;

    /** Opens a pool of {@link #POOL} connections on the database under test. */
    abstract PooledDatabase open();

    PooledDatabase database;
    Transactions tx;

    @BeforeEach
    void freshTable() throws Exception {
        database = open();
        tx = database.transactions();
        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS tx_row");
            s.execute("CREATE TABLE tx_row (name VARCHAR(40) NOT NULL, kind VARCHAR(20) NOT NULL)");
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    int count(String kind) {
        return tx.read(c -> Jdbc.one(c, "SELECT COUNT(*) FROM tx_row WHERE kind = ?", r -> r.getInt(1), kind)
                .orElseThrow());
    }

    void insert(String name, String kind) {
        tx.required(c -> Jdbc.update(c, "INSERT INTO tx_row (name, kind) VALUES (?, ?)", name, kind));
    }

    @Test
    void nestedCallsJoinTheOuterTransactionAndCommitTogether() {
        tx.required(c -> {
            insert("case-1", "case");
            insert("audit-1", "audit"); // another bundle's service, joining
            assertThat(tx.connection()).isSameAs(c);
            assertThat(count("audit"))
                    .as("a read inside sees the uncommitted row")
                    .isEqualTo(1);
            return null;
        });
        assertThat(count("case")).isEqualTo(1);
        assertThat(count("audit")).isEqualTo(1);
        assertThat(tx.active()).isFalse();
    }

    @Test
    void aFailureRollsBackEverythingTheNestedCallsWrote() {
        assertThatThrownBy(() -> tx.required(c -> {
                    insert("case-1", "case");
                    insert("audit-1", "audit");
                    throw new IllegalArgumentException("validation failed after the audit entry");
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(count("case")).isZero();
        assertThat(count("audit"))
                .as("no audit entry for a change that did not happen")
                .isZero();
    }

    @Test
    void requiresNewCommitsOnItsOwnEvenWhenTheCallerRollsBack() {
        assertThatThrownBy(() -> tx.required(c -> {
                    insert("case-1", "case");
                    tx.requiresNew(inner -> {
                        assertThat(inner).isNotSameAs(c);
                        return Jdbc.update(inner, "INSERT INTO tx_row (name, kind) VALUES ('denied', 'denial')");
                    });
                    assertThat(tx.connection())
                            .as("the outer transaction is resumed")
                            .isSameAs(c);
                    throw new IllegalStateException("refused");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("denial")).isEqualTo(1);
        assertThat(count("case")).isZero();
    }

    @Test
    void afterCommitRunsOnlyWhenTheTransactionCommits() {
        List<String> ran = new ArrayList<>();
        tx.required(c -> {
            tx.afterCommit(() -> ran.add("committed"));
            assertThat(ran).as("not before the commit").isEmpty();
            return null;
        });
        assertThatThrownBy(() -> tx.required(c -> {
                    tx.afterCommit(() -> ran.add("rolled back"));
                    throw new IllegalStateException("fails");
                }))
                .isInstanceOf(IllegalStateException.class);
        tx.afterCommit(() -> ran.add("outside"));
        assertThat(ran).containsExactly("committed", "outside");
    }

    @Test
    void sqlErrorsBecomeDataAccessExceptionsAndRollBack() {
        assertThatThrownBy(() -> tx.required(c -> {
                    insert("case-1", "case");
                    return Jdbc.update(c, "INSERT INTO no_such_table VALUES (1)");
                }))
                .isInstanceOf(DataAccessException.class)
                .hasMessage("数据库操作失败")
                .satisfies(
                        e -> assertThat(((DataAccessException) e).unavailable()).isFalse());
        assertThat(count("case")).isZero();
        assertThatIllegalStateException().isThrownBy(tx::connection);
    }

    @Test
    void manyMoreConcurrentSavesThanPooledConnectionsNeverWaitForASecondConnection() throws Exception {
        int threads = POOL * 5;
        AtomicInteger saved = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < 10; round++) {
                        tx.required(c -> {
                            insert("case-" + n, "case");
                            tx.required(clock -> Jdbc.update(
                                    clock, "INSERT INTO tx_row (name, kind) VALUES (?, 'clock')", "clock-" + n));
                            insert("audit-" + n, "audit");
                            return saved.incrementAndGet();
                        });
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(saved.get()).isEqualTo(threads * 10);
        assertThat(count("case")).isEqualTo(threads * 10);
        assertThat(count("clock")).isEqualTo(threads * 10);
        assertThat(count("audit")).isEqualTo(threads * 10);
    }
}
