package org.tongban.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.PostgresTest;

/** The migrator on the test PostgreSQL server, where a failed changelog must leave no trace at all. */
@PostgresTest
class ChangelogMigratorPostgresTest extends ChangelogMigratorContract {

    private PooledDatabase database;

    @BeforeEach
    void open(PostgresSchema schema) {
        schema.reset();
        database = PooledDatabase.open(schema.url(), schema.user(), "", 3);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    DataSource dataSource() {
        return database.dataSource();
    }

    @Test
    void aFailingChangelogLeavesNothingBehind() throws Exception {
        assertThatThrownBy(() -> migrate(FAILING)).isInstanceOf(MigrationException.class);

        assertThat(tableExists("failing_first")).isFalse();
        assertThat(tableExists("DATABASECHANGELOG")).isFalse();
        assertThat(tableExists("DATABASECHANGELOGLOCK")).isFalse();
    }

    @Test
    void aFailingChangelogKeepsWhatEarlierChangelogsApplied() throws Exception {
        migrate(PROBE);

        assertThatThrownBy(() -> migrate(FAILING)).isInstanceOf(MigrationException.class);

        assertThat(tableExists("failing_first")).isFalse();
        assertThat(history()).containsExactly("probe-1", "probe-2");
    }
}
