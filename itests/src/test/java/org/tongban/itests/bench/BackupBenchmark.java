package org.tongban.itests.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tongban.itests.support.Launcher;
import org.tongban.itests.support.Postgres;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.persistence.Database;

/**
 * Backup and restore times of Jinan on H2 and on PostgreSQL: the demo data, then with {@code tongban.bench.matters}
 * (default 100,000) more matters, each with a published guide copied from the demo's. Backups are taken from the
 * running instance and restored into a fresh copy of the distribution (PostgreSQL: a fresh database). Run with
 * {@code ./tongban bench -Dtongban.bench.only=backup}.
 */
final class BackupBenchmark {

    private static final int MATTERS = Integer.getInteger("tongban.bench.matters", 100_000);
    private static final int BATCH = 1_000;

    private BackupBenchmark() {}

    static void run() throws Exception {
        System.out.println("-- backup and restore (bin/tongban backup | restore)");
        measure("h2", null);
        String schema =
                "tb_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try {
            execute(Postgres.URL, "CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            System.out.println("PostgreSQL not reachable at " + Postgres.URL + ": skipped");
            return;
        }
        try {
            measure("postgresql", Postgres.URL + (Postgres.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        } finally {
            execute(Postgres.URL, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static void measure(String kind, String url) throws Exception {
        TongbanInstance.Builder builder = TongbanInstance.of("jinan").demo();
        if (url != null) {
            builder.configure(
                    "org.tongban.platform.persistence", Map.of("url", url, "user", Postgres.USER, "password", ""));
        }
        Path backups = Files.createTempDirectory("tongban-bench-backups-");
        try (TongbanInstance jinan = builder.start()) {
            roundTrip(kind + ", demo data", jinan, backups.resolve("demo.zip"), url != null);
            long started = System.nanoTime();
            int added = addMatters(jinan.service(Database.class));
            System.out.printf(
                    "%s: %,d matters with guides inserted in %,d ms%n",
                    kind, added, (System.nanoTime() - started) / 1_000_000);
            roundTrip(
                    kind + ", demo + " + String.format("%,d", added) + " matters",
                    jinan,
                    backups.resolve("large.zip"),
                    url != null);
        } finally {
            deleteTree(backups);
        }
    }

    private static void roundTrip(String label, TongbanInstance source, Path archive, boolean postgres)
            throws Exception {
        Launcher.Result backup = Launcher.run(source.home(), "backup", "--to", archive.toString());
        check(backup);
        Path target = Files.createTempDirectory("tongban-bench-restore-");
        String database = null;
        try {
            TongbanInstance.copy(distribution(), target);
            if (postgres) {
                database = "tb_bench_"
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
                execute(Postgres.URL, "CREATE DATABASE " + database);
                String url = Postgres.URL.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
                configure(target, url + (url.contains("?") ? "&" : "?") + "currentSchema=city");
            }
            Launcher.Result restore = Launcher.run(target, "restore", archive.toString());
            check(restore);
            System.out.printf(
                    "%s: backup %,d ms (%,.1f MB), restore %,d ms%n",
                    label, backup.millis(), Files.size(archive) / 1e6, restore.millis());
        } finally {
            if (database != null) {
                execute(Postgres.URL, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            deleteTree(target);
            Files.deleteIfExists(archive);
        }
    }

    /** Copies the demo's published guides under new matter codes until {@link #MATTERS} more exist. */
    private static int addMatters(Database database) throws SQLException {
        List<Object[]> templates = new ArrayList<>();
        String columns = "base_code, name, matter_type, jurisdiction_code, department_code, for_natural_person,"
                + " for_legal_person, promised_limit_days, instant, visits, online_depth, content";
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT " + columns + " FROM catalogue_guide_version WHERE status = 'PUBLISHED'")) {
            while (rows.next()) {
                Object[] row = new Object[12];
                for (int i = 0; i < row.length; i++) {
                    row[i] = i == 11 ? rows.getString(i + 1) : rows.getObject(i + 1);
                }
                templates.add(row);
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement matter = connection.prepareStatement("INSERT INTO catalogue_matter (code,"
                        + " jurisdiction_code, latest_version, published_version, changed_by, changed_at)"
                        + " VALUES (?, ?, 1, 1, 'bench', ?)");
                PreparedStatement guide = connection.prepareStatement("INSERT INTO catalogue_guide_version"
                        + " (matter_code, version, status, " + columns + ", author, created_at, status_changed_by,"
                        + " status_changed_at) VALUES (?, 1, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " 'bench', ?, 'bench', ?)")) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= MATTERS; i++) {
                Object[] template = templates.get(i % templates.size());
                String code = "BENCH-" + i;
                matter.setString(1, code);
                matter.setObject(2, template[3]);
                matter.setTimestamp(3, now);
                matter.addBatch();
                guide.setString(1, code);
                for (int c = 0; c < template.length; c++) {
                    guide.setObject(c + 2, c == 1 ? template[c] + " " + i : template[c]);
                }
                guide.setTimestamp(14, now);
                guide.setTimestamp(15, now);
                guide.addBatch();
                if (i % BATCH == 0 || i == MATTERS) {
                    matter.executeBatch();
                    guide.executeBatch();
                    connection.commit();
                }
            }
        }
        return MATTERS;
    }

    private static Path distribution() {
        return Path.of(System.getProperty("tongban.dist", "../distribution/target"), "tongban-jinan");
    }

    private static void configure(Path home, String url) throws Exception {
        Path file = home.resolve("conf/configurations.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode all = (ObjectNode) json.readTree(file.toFile());
        all.putObject("org.tongban.platform.persistence")
                .put("url", url)
                .put("user", Postgres.USER)
                .put("password", "");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), all);
    }

    private static void check(Launcher.Result result) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException(result.output());
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, Postgres.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
