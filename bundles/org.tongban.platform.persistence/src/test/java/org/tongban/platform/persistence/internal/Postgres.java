package org.tongban.platform.persistence.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * The test PostgreSQL server: reachable, or the test is skipped (failed when {@code tongban.pg.required=true}). Each
 * test class works in its own schema, {@code tb_test_<random>}, dropped afterwards.
 */
final class Postgres {

    static final String URL = System.getProperty("tongban.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");

    final String schema =
            "tb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final String user;

    private Postgres(String user) {
        this.user = user;
    }

    /** Connects as {@code postgres} or else as the OS user; skips or fails the test class when that is impossible. */
    static Postgres connectOrSkip() {
        SQLException last = null;
        for (String user : List.of("postgres", System.getProperty("user.name"))) {
            try (Connection ignored = DriverManager.getConnection(URL, user, null)) {
                return new Postgres(user);
            } catch (SQLException e) {
                last = e;
            }
        }
        if (Boolean.getBoolean("tongban.pg.required")) {
            throw new AssertionError("PostgreSQL is required but not reachable at " + URL, last);
        }
        assumeTrue(false, "PostgreSQL not reachable at " + URL + "; skipped (" + last.getMessage() + ")");
        return null;
    }

    /** The test URL with this class's schema as the current schema. */
    String schemaUrl() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Creates the schema, dropping any earlier content. */
    void resetSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
    }

    void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, user, null);
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
