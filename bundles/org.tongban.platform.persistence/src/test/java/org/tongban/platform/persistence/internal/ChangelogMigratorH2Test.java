package org.tongban.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrator on an H2 file database in a temporary folder, as the platform uses it by default. H2's DDL commits
 * implicitly, so a failed changelog keeps the changesets before the failed one, recorded as applied.
 */
class ChangelogMigratorH2Test extends ChangelogMigratorContract {

    @TempDir
    Path home;

    private PooledDatabase database;

    @BeforeEach
    void open() {
        database = PooledDatabase.open(JdbcUrls.effectiveUrl("", home.toString()), "", "", 3);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    DataSource dataSource() {
        return database.dataSource();
    }

    @Test
    void aFailingChangelogKeepsTheChangesetsBeforeTheFailedOneRecorded() throws Exception {
        assertThatThrownBy(() -> migrate(FAILING)).isInstanceOf(MigrationException.class);

        assertThat(tableExists("failing_first")).isTrue();
        assertThat(history()).containsExactly("failing-1");
    }

    @Test
    void aMigrationWaitsWhileThePoolHasNoConnectionYet() throws Exception {
        AtomicInteger refusals = new AtomicInteger(2);
        new ChangelogMigrator(busy(refusals), getClass().getClassLoader(), PROBE)
                .patience(Duration.ofSeconds(30))
                .migrate();

        assertThat(refusals.get()).isNegative();
        assertThat(tableExists("probe_notice")).isTrue();
    }

    @Test
    void aPoolThatStaysEmptyFailsTheMigrationOnceThePatienceIsOver() {
        AtomicInteger refusals = new AtomicInteger(Integer.MAX_VALUE);
        assertThatThrownBy(
                        () -> new ChangelogMigrator(busy(refusals), getClass().getClassLoader(), PROBE)
                                .patience(Duration.ofMillis(500))
                                .migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Connection is not available");
    }

    /** The pool, refusing as Hikari does when it has no connection within its own wait, the first times asked. */
    private DataSource busy(AtomicInteger refusals) {
        DataSource real = dataSource();
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && refusals.getAndDecrement() > 0) {
                        throw new SQLTransientConnectionException(
                                "tongban - Connection is not available, request timed out after 5000ms");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
