package org.tongban.platform.security.internal;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
import org.postgresql.ds.PGSimpleDataSource;
import org.tongban.platform.api.jdbc.JdbcTransactions;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;

/**
 * A fresh database with the security changelog applied: an in-memory H2, or a throw-away schema on the PostgreSQL
 * server named by {@code tongban.pg.url} (skipped when unreachable unless {@code tongban.pg.required=true}).
 */
final class TestDatabase implements Database, AutoCloseable {
    static final String CHANGELOG = "db/security-changelog.xml";
    // Held so that the level sticks: java.util.logging keeps loggers weakly.
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private final DataSource dataSource;
    private final Transactions transactions;
    private final String vendor;
    private final Runnable cleanup;

    private TestDatabase(DataSource dataSource, String vendor, Runnable cleanup) {
        this.dataSource = dataSource;
        this.transactions = new JdbcTransactions(dataSource);
        this.vendor = vendor;
        this.cleanup = cleanup;
    }

    static TestDatabase open(Backend backend) {
        TestDatabase db = backend == Backend.H2 ? h2() : postgres();
        db.migrate();
        return db;
    }

    private static TestDatabase h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:sec_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new TestDatabase(ds, "h2", () -> run(ds, "SHUTDOWN"));
    }

    private static TestDatabase postgres() {
        String url = System.getProperty("tongban.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = pgUser(url);
        String schema =
                "tb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = pgDataSource(url, user);
        run(admin, "CREATE SCHEMA " + schema);
        PGSimpleDataSource ds = pgDataSource(url, user);
        ds.setCurrentSchema(schema);
        return new TestDatabase(ds, "postgresql", () -> run(admin, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /** Trust authentication: the {@code postgres} role, else the OS user. */
    private static String pgUser(String url) {
        SQLException last = null;
        for (String user : new String[] {"postgres", System.getProperty("user.name")}) {
            try (Connection c = DriverManager.getConnection(url, user, "")) {
                return user;
            } catch (SQLException e) {
                last = e;
            }
        }
        String message = "PostgreSQL not reachable at " + url + " (" + last.getMessage() + "); skipped";
        if (Boolean.getBoolean("tongban.pg.required")) {
            fail(message.replace("; skipped", " but tongban.pg.required=true"));
        }
        assumeTrue(false, message);
        return null;
    }

    private static PGSimpleDataSource pgDataSource(String url, String user) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        return ds;
    }

    private void migrate() {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        try (Connection c = dataSource.getConnection()) {
            var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute();
        } catch (Exception e) {
            throw new IllegalStateException("Changelog not applied: " + e.getMessage(), e);
        }
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

    /** Runs plain SQL, for tests that tamper with tables behind the services' back. */
    int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String table) {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT COUNT(*) FROM " + table.toLowerCase(Locale.ROOT))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        cleanup.run();
    }

    private static void run(DataSource ds, String sql) {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
