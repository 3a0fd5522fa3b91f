package org.tongban.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What {@link ChangelogMigrator} guarantees on every supported database; subclasses supply a fresh database. */
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a leaked Liquibase lock would otherwise wait 5 minutes
abstract class ChangelogMigratorContract {

    static final String PROBE = "db/probe-changelog.xml";
    static final String FAILING = "db/failing-changelog.xml";
    static final String EVOLVING = "db/evolving-changelog.xml";
    static final String REPAIR = "db/repair-changelog.xml";

    /** An empty database for the current test. */
    abstract DataSource dataSource();

    @Test
    void applyCreatesTheTablesOfTheChangelogAndItsIncludes() throws Exception {
        migrate(PROBE);

        assertThat(tableExists("probe_notice")).isTrue();
        assertThat(tableExists("probe_reader")).isTrue();
        assertThat(history()).containsExactly("probe-1", "probe-2");
    }

    @Test
    void reapplyingAnAppliedChangelogChangesNothing() throws Exception {
        migrate(PROBE);
        update("INSERT INTO probe_notice (id, title) VALUES (1, '开班通知')");
        List<String> before = historyWithChecksums();

        migrate(PROBE);

        assertThat(historyWithChecksums()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM probe_notice")).isEqualTo(1);
    }

    @Test
    void anUpdatedChangelogAppliesOnlyItsNewChangesets() throws Exception {
        migrate(resources("v1"), EVOLVING);
        update("INSERT INTO evolving_one (id) VALUES (7)");

        migrate(resources("v2"), EVOLVING);

        assertThat(history()).containsExactly("evolving-1", "evolving-2");
        assertThat(tableExists("evolving_two")).isTrue();
        assertThat(count("SELECT COUNT(*) FROM evolving_one")).isEqualTo(1);
    }

    @Test
    void aFailingChangelogReportsTheDatabaseErrorAndReleasesTheLock() throws Exception {
        assertThatThrownBy(() -> migrate(FAILING))
                .isInstanceOf(MigrationException.class)
                .message()
                .containsIgnoringCase("no_such_type");

        assertThat(lockHeld()).isFalse();
        migrate(PROBE); // the next bundle's changelog still applies
        assertThat(tableExists("probe_notice")).isTrue();
    }

    @Test
    void aCorrectedChangelogAppliesAfterAFailure() throws Exception {
        assertThatThrownBy(() -> migrate(resources("broken"), REPAIR)).isInstanceOf(MigrationException.class);

        migrate(resources("repaired"), REPAIR);

        assertThat(history()).containsExactly("repair-1", "repair-2");
        assertThat(tableExists("repair_second")).isTrue();
    }

    @Test
    void aChangelogAppliedWithTheSameDigestIsNotHandedToLiquibaseAgain() throws Exception {
        assertThat(digested(getClass().getClassLoader(), PROBE, "digest-1")).isTrue();
        // Liquibase would record the changesets again if it ran: the history is what proves it did not.
        update("DELETE FROM DATABASECHANGELOG");

        assertThat(digested(getClass().getClassLoader(), PROBE, "digest-1")).isFalse();
        assertThat(history()).isEmpty();
    }

    @Test
    void aChangedDigestRunsLiquibaseWhichAppliesOnlyTheNewChangesets() throws Exception {
        assertThat(digested(resources("v1"), EVOLVING, "v1")).isTrue();

        assertThat(digested(resources("v2"), EVOLVING, "v2")).isTrue();

        assertThat(history()).containsExactly("evolving-1", "evolving-2");
        assertThat(digested(resources("v2"), EVOLVING, "v2")).isFalse();
    }

    @Test
    void aFailedMigrationRecordsNoDigestSoTheNextStartTriesAgain() throws Exception {
        assertThatThrownBy(() -> digested(resources("broken"), REPAIR, "same")).isInstanceOf(MigrationException.class);

        assertThat(digested(resources("repaired"), REPAIR, "same")).isTrue();
        assertThat(tableExists("repair_second")).isTrue();
    }

    @Test
    void aMissingChangelogIsReportedByPath() {
        assertThatThrownBy(() -> migrate("db/absent-changelog.xml"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("db/absent-changelog.xml");
    }

    @Test
    void twoBundlesWithTheSameChangelogPathAndChangesetIdsBothApply() throws Exception {
        new ChangelogMigrator(dataSource(), resources("twin-a"), "org.example.a", "db/changelog.xml").migrate();
        new ChangelogMigrator(dataSource(), resources("twin-b"), "org.example.b", "db/changelog.xml").migrate();

        assertThat(tableExists("twin_a")).isTrue();
        assertThat(tableExists("twin_b")).as("not skipped as already applied").isTrue();
        assertThat(strings("SELECT FILENAME FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"))
                .containsExactly("org.example.a/db/changelog.xml", "org.example.b/db/changelog.xml");
    }

    @Test
    void historyRecordedBeforeKeyingIsAdoptedAndNotRunAgain() throws Exception {
        migrate(PROBE); // as an older release recorded it: the plain path
        update("INSERT INTO probe_notice (id, title) VALUES (1, '开班通知')");

        new ChangelogMigrator(dataSource(), getClass().getClassLoader(), "org.example.probe", PROBE).migrate();

        assertThat(history()).containsExactly("probe-1", "probe-2");
        assertThat(strings("SELECT FILENAME FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"))
                .containsExactly("org.example.probe/" + PROBE, "org.example.probe/db/tables/probe-reader.xml");
        assertThat(count("SELECT COUNT(*) FROM probe_notice")).isEqualTo(1);
    }

    boolean digested(ClassLoader resources, String changelog, String digest) throws MigrationException {
        return new ChangelogMigrator(dataSource(), resources, "org.example.digest", changelog)
                .digest(digest)
                .migrate();
    }

    void migrate(String changelog) throws MigrationException {
        migrate(getClass().getClassLoader(), changelog);
    }

    void migrate(ClassLoader resources, String changelog) throws MigrationException {
        new ChangelogMigrator(dataSource(), resources, changelog).migrate();
    }

    /** A class loader that sees only one version of a test changelog, as a bundle revision would. */
    static ClassLoader resources(String version) throws Exception {
        URL root = ChangelogMigratorContract.class.getResource("/" + version + "/");
        return new URLClassLoader(new URL[] {Path.of(root.toURI()).toUri().toURL()}, null);
    }

    boolean tableExists(String table) {
        try {
            count("SELECT COUNT(*) FROM " + table);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    List<String> history() throws SQLException {
        return strings("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
    }

    List<String> historyWithChecksums() throws SQLException {
        return strings(
                "SELECT ID || ' ' || MD5SUM || ' ' || DATEEXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
    }

    boolean lockHeld() throws SQLException {
        return tableExists("DATABASECHANGELOGLOCK")
                && count("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE") > 0;
    }

    int count(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    void update(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
