package org.tongban.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * The PostgreSQL server of the tests, at {@code tongban.pg.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test})
 * with trust authentication: the {@code postgres} role, else one named like the OS user. When it does not answer, a
 * test is skipped with the reason, or fails when {@code tongban.pg.required=true}. Probed once per JVM.
 */
public final class Postgres {
    public static final String URL = System.getProperty("tongban.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final Requirement REQUIREMENT = new Requirement("PostgreSQL", "tongban.pg.required");

    private static volatile Probe probe;

    private final String user;

    private Postgres(String user) {
        this.user = user;
    }

    /** The server, or the calling test is skipped (failed when required). */
    public static Postgres server() {
        Probe result = probe();
        if (result.server == null) {
            REQUIREMENT.unavailable(result.missing, result.failure);
        }
        return result.server;
    }

    /** Whether the server answers, without skipping or failing. */
    public static boolean reachable() {
        return probe().server != null;
    }

    /** The role the tests connect as. */
    public String user() {
        return user;
    }

    /** A connection to the test database, outside any test schema. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, properties(user));
    }

    /** Creates a schema of its own, {@code tb_test_<random>}; close it to drop it. */
    public PostgresSchema newSchema() {
        PostgresSchema schema = new PostgresSchema(this);
        schema.reset();
        return schema;
    }

    static Probe probe() {
        Probe result = probe;
        if (result == null) {
            synchronized (Postgres.class) {
                if (probe == null) {
                    probe = connectOnce();
                }
                result = probe;
            }
        }
        return result;
    }

    private static Probe connectOnce() {
        SQLException last = null;
        for (String candidate : List.of("postgres", System.getProperty("user.name"))) {
            try (Connection ignored = DriverManager.getConnection(URL, properties(candidate))) {
                return new Probe(new Postgres(candidate), null, null);
            } catch (SQLException e) {
                last = e;
            }
        }
        return new Probe(null, "not reachable at " + URL + " (" + last.getMessage() + ")", last);
    }

    static Properties properties(String user) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("connectTimeout", "5");
        return properties;
    }

    record Probe(Postgres server, String missing, SQLException failure) {}
}
