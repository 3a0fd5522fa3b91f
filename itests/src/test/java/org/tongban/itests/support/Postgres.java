package org.tongban.itests.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own on the PostgreSQL server at {@code tongban.pg.url}. Required when {@code tongban.pg.required}
 * is true (CI); elsewhere the tests skip with a message when no server answers.
 */
public final class Postgres implements AutoCloseable {

    public static final String URL = System.getProperty("tongban.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("tongban.pg.user", "postgres");

    private final String schema;

    private Postgres(String schema) {
        this.schema = schema;
    }

    public static Postgres freshSchema() throws SQLException {
        String schema = "tb_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = connect(URL);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if (Boolean.getBoolean("tongban.pg.required")) {
                throw e;
            }
            Assumptions.abort("PostgreSQL not reachable at " + URL + " (" + e.getMessage() + "); skipped");
        }
        return new Postgres(schema);
    }

    public String schema() {
        return schema;
    }

    public String url() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public Connection connect() throws SQLException {
        return connect(url());
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, USER, "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(URL);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
