package org.tongban.search.analytics.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;
import org.tongban.platform.api.persistence.Database;

/**
 * Search analytics on PostgreSQL, in a schema of its own that is dropped afterwards. Skipped when the server is not
 * reachable, unless {@code tongban.pg.required} is {@code true}.
 */
class PostgresSearchAnalyticsTest extends SearchAnalyticsContract {
    private static final String URL = System.getProperty("tongban.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String SCHEMA =
            "tb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static String user;
    private static String unreachable;
    private static Database database;

    @BeforeAll
    static void createSchema() throws Exception {
        user = reachableUser();
        if (user == null) {
            return;
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(URL);
        dataSource.setUser(user);
        dataSource.setCurrentSchema(SCHEMA);
        database = TestDatabase.migrated(dataSource, "postgresql");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (user != null) {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
            }
        }
    }

    // Checked per test, so that every skipped test is reported with the reason.
    @Override
    Database database() {
        assumeTrue(unreachable == null, unreachable);
        return database;
    }

    // Trust authentication: the server knows either the postgres role or one named like the OS user.
    private static String reachableUser() throws SQLException {
        SQLException failure = null;
        for (String candidate : new String[] {"postgres", System.getProperty("user.name")}) {
            try (Connection ignored = DriverManager.getConnection(URL, properties(candidate))) {
                return candidate;
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (Boolean.getBoolean("tongban.pg.required")) {
            throw failure;
        }
        unreachable = "PostgreSQL not reachable at " + URL + " (" + failure.getMessage() + "); skipped";
        return null;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, properties(user));
    }

    private static Properties properties(String user) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("connectTimeout", "5");
        return properties;
    }
}
