package org.tongban.catalogue.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;
import org.tongban.platform.api.persistence.Database;

/**
 * A schema of its own on the PostgreSQL test server, migrated, dropped afterwards. When the server is not reachable
 * every test using it is skipped with the reason, unless {@code tongban.pg.required} is {@code true}.
 */
final class PostgresSchema {
    private static final String URL = System.getProperty("tongban.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");

    private final String schema =
            "tb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private String user;
    private String unreachable;
    private Database database;

    static PostgresSchema create() throws Exception {
        PostgresSchema pg = new PostgresSchema();
        pg.user = pg.reachableUser();
        if (pg.user != null) {
            try (Connection connection = pg.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + pg.schema);
            }
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(URL);
            dataSource.setUser(pg.user);
            dataSource.setCurrentSchema(pg.schema);
            pg.database = TestDatabase.migrated(dataSource, "postgresql");
        }
        return pg;
    }

    Database database() {
        assumeTrue(unreachable == null, unreachable);
        return database;
    }

    void drop() throws SQLException {
        if (user != null) {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    // Trust authentication: the server knows either the postgres role or one named like the OS user.
    private String reachableUser() throws SQLException {
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

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, properties(user));
    }

    private static Properties properties(String user) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("connectTimeout", "5");
        return properties;
    }
}
