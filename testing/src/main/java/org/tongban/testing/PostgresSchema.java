package org.tongban.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A throw-away schema on the test server, {@code tb_test_<random>}; {@link #close} drops it with its content. */
public final class PostgresSchema implements AutoCloseable {
    private final Postgres server;
    private final String name =
            "tb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PostgresSchema(Postgres server) {
        this.server = server;
    }

    public String name() {
        return name;
    }

    /** The role the tests connect as. */
    public String user() {
        return server.user();
    }

    /** The test URL with this schema as the current schema. */
    public String url() {
        return Postgres.URL + (Postgres.URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** A data source whose connections work in this schema. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(Postgres.URL);
        dataSource.setUser(server.user());
        dataSource.setCurrentSchema(name);
        dataSource.setConnectTimeout(5);
        return dataSource;
    }

    /** Empties the schema: drops it with its content and creates it again. */
    public void reset() {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE", "CREATE SCHEMA " + name);
    }

    @Override
    public void close() {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    private void execute(String... sql) {
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
