package org.tongban.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
}
