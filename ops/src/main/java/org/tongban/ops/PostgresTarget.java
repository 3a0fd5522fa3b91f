package org.tongban.ops;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The city's schema on PostgreSQL ({@code currentSchema} of the URL, else {@code public}): pg_dump in custom format
 * while the instance runs, pg_restore into an empty schema. The client tools come from the postgresql-client package.
 */
record PostgresTarget(String url, String host, int port, String database, String schema, String user, String password)
        implements DatabaseTarget {

    static PostgresTarget of(String url, String user, String password) {
        URI uri;
        try {
            uri = URI.create(url.substring("jdbc:".length()));
        } catch (IllegalArgumentException e) {
            throw unsupported();
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw unsupported();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parameters.put(
                            pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        String schema =
                parameters.getOrDefault("currentSchema", "public").split(",")[0].trim();
        if (!schema.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new OpsException(
                    OpsException.USAGE,
                    "模式名只能含字母、数字和下划线：" + schema,
                    "the schema name may hold letters, digits and underscores only");
        }
        return new PostgresTarget(
                url,
                uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(),
                uri.getPath().substring(1),
                schema.toLowerCase(),
                user.isBlank() ? parameters.getOrDefault("user", "") : user,
                password.isBlank() ? parameters.getOrDefault("password", "") : password);
    }

    private static OpsException unsupported() {
        return new OpsException(
                OpsException.USAGE,
                "PostgreSQL 地址须形如 jdbc:postgresql://主机:端口/数据库",
                "the PostgreSQL URL must look like jdbc:postgresql://host:port/database");
    }

    @Override
    public String kind() {
        return "postgresql";
    }

    @Override
    public String entryName() {
        return "database/postgresql.dump";
    }

    @Override
    public List<String> dump(Path file) {
        List<String> changelog;
        try (Connection connection = connect()) {
            if (tables(connection, schema) == 0) {
                throw new OpsException(
                        OpsException.REFUSED,
                        "模式 " + schema + " 中没有表，没有可备份的数据",
                        "schema " + schema + " holds no tables: nothing to back up");
            }
            changelog = Changelog.applied(connection);
        } catch (SQLException e) {
            throw H2Target.failed("无法连接 PostgreSQL", "cannot read the PostgreSQL database", e);
        }
        ClientTool.run(
                "pg_dump",
                password,
                "--format=custom",
                "--schema=" + schema,
                "--no-owner",
                "--no-privileges",
                "--file=" + file,
                "--host=" + host,
                "--port=" + port,
                user.isBlank() ? "--no-password" : "--username=" + user,
                "--dbname=" + database);
        return changelog;
    }

    @Override
    public void refuseIfInUse() {
        // Nothing to probe on the server: the pid file and an empty schema guard a restore.
    }

    @Override
    public boolean isEmpty() {
        try (Connection connection = connect()) {
            return tables(connection, schema) == 0;
        } catch (SQLException e) {
            throw H2Target.failed("无法连接 PostgreSQL", "cannot reach the PostgreSQL database", e);
        }
    }

    @Override
    public void restore(Path dump, String sourceSchema, boolean force) {
        ClientTool.run("pg_restore", password, "--version"); // before anything is dropped
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            if (tables(connection, schema) > 0) {
                if (!force) {
                    throw H2Target.notEmpty();
                }
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            if (!sourceSchema.equals(schema) && tables(connection, sourceSchema) > 0) {
                throw new OpsException(
                        OpsException.REFUSED,
                        "目标数据库中已有非空模式 " + sourceSchema + "（备份的来源模式），无法恢复到模式 " + schema,
                        "the target database already holds a non-empty schema " + sourceSchema + ", the backup's");
            }
            // The dump creates its schema itself: an empty one of that name is dropped first (public stays).
            for (String name : List.of(schema, sourceSchema)) {
                if (!name.equals("public")) {
                    statement.execute("DROP SCHEMA IF EXISTS " + name);
                }
            }
        } catch (SQLException e) {
            throw H2Target.failed("无法准备 PostgreSQL 模式", "cannot prepare the PostgreSQL schema", e);
        }
        ClientTool.run(
                "pg_restore",
                password,
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                "--host=" + host,
                "--port=" + port,
                user.isBlank() ? "--no-password" : "--username=" + user,
                "--dbname=" + database,
                dump.toString());
        if (!sourceSchema.equals(schema)) {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("ALTER SCHEMA " + sourceSchema + " RENAME TO " + schema);
            } catch (SQLException e) {
                throw H2Target.failed("无法重命名恢复的模式", "cannot rename the restored schema", e);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (!user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (!password.isBlank()) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    private static int tables(Connection connection, String schema) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
