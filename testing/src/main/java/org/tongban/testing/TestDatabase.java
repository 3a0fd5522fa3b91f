package org.tongban.testing;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.tongban.platform.api.jdbc.JdbcTransactions;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;

/**
 * A real database with a bundle's changelog applied by plain Liquibase, as the persistence bundle applies it: a fresh
 * in-memory H2, or a throw-away schema on the PostgreSQL test server. Transactions are the platform's thread-bound
 * ones on its data source.
 */
public final class TestDatabase implements Database, AutoCloseable {
    // Held so that the level sticks: java.util.logging keeps loggers weakly.
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private final DataSource dataSource;
    private final String vendor;
    private final Transactions transactions;
    private final Runnable cleanup;

    private TestDatabase(DataSource dataSource, String vendor, Runnable cleanup) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.transactions = new JdbcTransactions(dataSource);
        this.cleanup = cleanup;
    }

    /** A fresh in-memory H2 database with the changelog (a class path resource, such as {@code db/x-changelog.xml}). */
    public static TestDatabase h2(String changelog) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:tb_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        TestDatabase database = new TestDatabase(dataSource, "h2", () -> execute(dataSource, "SHUTDOWN"));
        return database.migrate(changelog);
    }

    /**
     * A schema of its own on the PostgreSQL test server with the changelog, dropped on {@link #close}; skips the calling
     * test without a server, or fails it when {@code tongban.pg.required=true}.
     */
    public static TestDatabase postgres(String changelog) {
        PostgresSchema schema = Postgres.server().newSchema();
        TestDatabase database = new TestDatabase(schema.dataSource(), "postgresql", schema::close);
        return database.migrate(changelog);
    }

    /** The changelog applied in a schema someone else drops, such as the one of a {@link PostgresTest} class. */
    public static TestDatabase postgres(PostgresSchema schema, String changelog) {
        return new TestDatabase(schema.dataSource(), "postgresql", () -> {}).migrate(changelog);
    }

    /** The changelog applied to a data source of the caller's, such as a benchmark's pool; closing leaves it alone. */
    public static TestDatabase migrated(DataSource dataSource, String vendor, String changelog) {
        return new TestDatabase(dataSource, vendor, () -> {}).migrate(changelog);
    }

    /** A data source of the caller's as it is, without a changelog: a broken one, say. */
    public static TestDatabase of(DataSource dataSource, String vendor) {
        return new TestDatabase(dataSource, vendor, () -> {});
    }

    private TestDatabase migrate(String changelog) {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        try (Connection connection = dataSource.getConnection()) {
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(
                            DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                            DatabaseFactory.getInstance()
                                    .findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute();
        } catch (Exception e) {
            cleanup.run();
            throw new IllegalStateException("Changelog " + changelog + " not applied: " + e.getMessage(), e);
        }
        return this;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public String vendor() {
        return vendor;
    }

    /** Runs one statement with parameters, for tests that change tables behind the services' back. */
    public int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs plain statements in order. */
    public void execute(String... sql) {
        execute(dataSource, sql);
    }

    /** The rows of a table. */
    public long count(String table) {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table.toLowerCase(Locale.ROOT))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Drops what this database created: the in-memory H2 or the PostgreSQL schema. */
    @Override
    public void close() {
        cleanup.run();
    }

    private static void execute(DataSource dataSource, String... sql) {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            for (String each : sql) {
                st.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
