package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.NodeProcess;
import org.tongban.itests.support.Postgres;
import org.tongban.itests.support.TestBundles;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.platform.api.security.LoginResult;

/**
 * {@code kill -9} of a Jinan node, on PostgreSQL and on its embedded H2, while it does four things at once, then a restart of the same
 * installation. A driver bundle deployed into the node runs a catalogue import of {@value #MATTERS} matters in one
 * transaction, several threads publishing notices, and a stream of already overdue clocks that the deadline sweep (every
 * second) fires into the outbox, from where a cluster-scoped probe handler records each delivery in its own delivery
 * transaction. After the restart: nothing of the import and no audit entry for it; every notice that committed has its
 * audit entry and every audit entry its notice; every clock fired exactly once per kind, every event delivered to the
 * probe exactly once and none lost; the audit chain verifies and the node publishes, searches and answers /health.
 */
class CrashRecoveryIT {
    private static final int MATTERS = 3000;
    private static final String CRASH_DEPARTMENT = "370100-CRASH";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Opens a connection to the database under test. */
    @FunctionalInterface
    private interface Connector {
        Connection connect() throws SQLException;
    }

    @Test
    void aNodeKilledOnPostgresqlComesBackWithNothingHalfWrittenNoEventLostAndNoneDeliveredTwice() throws Exception {
        try (Postgres pg = Postgres.freshSchema()) {
            crashAndRestart(Map.of("url", pg.url(), "user", Postgres.USER, "password", ""), home -> pg::connect);
        }
    }

    @Test
    void aNodeKilledOnH2ComesBackWithNothingHalfWrittenNoEventLostAndNoneDeliveredTwice() throws Exception {
        // The distribution's own H2 file; AUTO_SERVER lets this JVM read it while the node runs.
        crashAndRestart(
                null,
                home -> () -> DriverManager.getConnection(
                        "jdbc:h2:file:" + home.resolve("data/db/tongban") + ";AUTO_SERVER=TRUE", "", ""));
    }

    /**
     * @param persistence the database configuration, or null for the distribution's embedded H2
     * @param database how this test reads the database of the installation in a home while its node runs
     */
    private static void crashAndRestart(Map<String, Object> persistence, Function<Path, Connector> database)
            throws Exception {
        Path home = Files.createTempDirectory("tongban-crash-");
        TongbanInstance.copy(
                Path.of(System.getProperty("tongban.dist", "../distribution/target"), "tongban-jinan"), home);
        configure(home, persistence);
        Path work = Files.createTempDirectory("tongban-crash-driver-");
        Files.copy(TestBundles.crashDriver(work, "jinan"), home.resolve("deploy/org.tongban.test.crash-1.0.0.jar"));
        Files.createDirectories(home.resolve("data"));
        writeImport(home.resolve("data/crash-import.json"));
        Files.writeString(
                home.resolve("data/crash-workload.properties"), "clocks=20\nwriters=4\nimport=crash-import.json\n");

        long started = System.nanoTime();
        NodeProcess node = NodeProcess.startDemo(home);
        try {
            killDuringTheWorkloadAndRestart(database.apply(home), persistence, home, node, started);
        } finally {
            if (node.alive()) {
                node.kill();
            }
            deleteTree(work);
            if (Files.exists(home)) {
                deleteTree(home);
            }
        }
    }

    private static void killDuringTheWorkloadAndRestart(
            Connector running, Map<String, Object> persistence, Path home, NodeProcess node, long started)
            throws Exception {
        Path progress = home.resolve("data/crash-progress.log");
        TongbanInstance.await(Duration.ofSeconds(240), () -> {
            if (!node.alive()) {
                throw new AssertionError("the node stopped:\n" + node.log());
            }
            return lines(progress, "import-begin").size() == 1;
        });
        long importBegan = System.nanoTime();
        // Let everything run for a moment: notices commit, clocks fire, the probe receives some of their events.
        TongbanInstance.await(
                Duration.ofSeconds(60),
                () -> System.nanoTime() - importBegan > 2_000_000_000L
                        && lines(progress, "notice ").size() >= 10
                        && countOrZero(running, "SELECT COUNT(*) FROM crash_probe_delivery") > 0);
        // Read before the kill: afterwards only the restarted node may open (and recover) the database.
        String atKill = String.format(
                "crash: kill -9 %.1f s after the start, %.1f s into the import; committed then: %d"
                        + " clocks, %d fired, %d events delivered to the probe, outbox %d events (%d without"
                        + " sequence), %d audit entries waiting for the chain, %%d notices%%n",
                (System.nanoTime() - started) / 1e9,
                (System.nanoTime() - importBegan) / 1e9,
                count(running, "SELECT COUNT(*) FROM worktime_clock WHERE object_type = 'crash-test'"),
                count(
                        running,
                        "SELECT COUNT(*) FROM worktime_clock WHERE object_type = 'crash-test' AND"
                                + " overdue_fired_at IS NOT NULL"),
                count(running, "SELECT COUNT(*) FROM crash_probe_delivery"),
                count(running, "SELECT COUNT(*) FROM platform_outbox WHERE topic LIKE 'worktime/%'"),
                count(running, "SELECT COUNT(*) FROM platform_outbox WHERE seq IS NULL"),
                count(running, "SELECT COUNT(*) FROM sec_audit_pending"));
        node.kill();
        System.out.printf(atKill, lines(progress, "notice ").size());
        assertThat(lines(progress, "import-end"))
                .as("the import was still running when the node was killed")
                .isEmpty();
        assertThat(lines(progress, "failed")).isEmpty();

        long restart = System.nanoTime();
        TongbanInstance.Builder restarted = TongbanInstance.of("jinan").demo().inHome(home);
        if (persistence != null) {
            restarted.configure("org.tongban.platform.persistence", persistence);
        }
        try (TongbanInstance again = restarted.start()) {
            Connector db = again.service(Database.class).dataSource()::getConnection;
            System.out.printf(
                    "crash: the same installation restarted in %.1f s%n", (System.nanoTime() - restart) / 1e9);
            long settled = TongbanInstance.await(Duration.ofSeconds(120), () -> settled(db));
            System.out.printf("crash: sweep, delivery and audit chaining caught up %d ms after the restart%n", settled);

            importLeftNothing(db);
            everyCommittedNoticeHasItsAuditEntryAndBack(db, progress);
            everyClockFiredOnceAndEveryEventReachedTheProbeOnce(db);
            theNodeWorks(again);
        }
    }

    private static void importLeftNothing(Connector db) throws SQLException {
        assertThat(count(db, "SELECT COUNT(*) FROM catalogue_matter WHERE code LIKE '" + CRASH_DEPARTMENT + "-%'"))
                .as("matters of the interrupted import")
                .isZero();
        assertThat(count(
                        db,
                        "SELECT COUNT(*) FROM sec_audit_log WHERE target LIKE '%" + CRASH_DEPARTMENT + "%'"
                                + " OR detail LIKE '%新建" + MATTERS + "项%'"))
                .as("audit entries of the interrupted import")
                .isZero();
    }

    private static void everyCommittedNoticeHasItsAuditEntryAndBack(Connector db, Path progress) throws SQLException {
        List<String> committed = lines(progress, "notice ").stream()
                .map(line -> "notice/" + line.substring("notice ".length()).strip())
                .toList();
        List<String> stored =
                strings(db, "SELECT 'notice/' || id FROM notice_item WHERE title LIKE '崩溃测试公告%' ORDER BY id");
        List<String> audited = strings(
                db,
                "SELECT target FROM sec_audit_log WHERE action = 'notice.publish' AND detail LIKE '%崩溃测试公告%'"
                        + " ORDER BY seq");
        assertThat(stored).as("every notice whose save returned is there").containsAll(committed);
        assertThat(audited)
                .as("every stored notice has one audit entry, and every audit entry its notice")
                .containsExactlyInAnyOrderElementsOf(stored);
        System.out.printf(
                "crash: %d notices returned before the kill, %d stored, %d audited%n",
                committed.size(), stored.size(), audited.size());
    }

    private static void everyClockFiredOnceAndEveryEventReachedTheProbeOnce(Connector db) throws SQLException {
        long clocks = count(db, "SELECT COUNT(*) FROM worktime_clock WHERE object_type = 'crash-test'");
        assertThat(clocks).isPositive();
        for (String kind : List.of("WARNING", "OVERDUE")) {
            assertThat(strings(
                            db,
                            "SELECT c.id || ':' || (SELECT COUNT(*) FROM platform_outbox o WHERE o.topic = 'worktime/"
                                    + kind + "' AND o.aggregate = 'clock/' || c.id) || ':' || (SELECT COUNT(*) FROM"
                                    + " worktime_clock_event e WHERE e.clock_id = c.id AND e.kind = '" + kind
                                    + "') FROM worktime_clock c WHERE c.object_type = 'crash-test'"))
                    .as("each clock's " + kind + ": one event in the outbox and one in its history")
                    .allMatch(row -> row.endsWith(":1:1"));
        }
        assertThat(strings(
                        db,
                        "SELECT o.seq || ':' || (SELECT COUNT(*) FROM crash_probe_delivery d WHERE d.seq = o.seq)"
                                + " FROM platform_outbox o WHERE o.topic LIKE 'worktime/%'"))
                .as("every working-time event reached the probe handler exactly once")
                .allMatch(row -> row.endsWith(":1"));
        assertThat(count(db, "SELECT COUNT(*) FROM crash_probe_delivery"))
                .as("and the probe saw no event that is not in the outbox")
                .isEqualTo(count(db, "SELECT COUNT(*) FROM platform_outbox WHERE topic LIKE 'worktime/%'"));
        assertThat(count(db, "SELECT COUNT(*) FROM platform_event_dead"))
                .as("dead letters")
                .isZero();
        System.out.printf("crash: %d clocks, %d events, each fired and delivered once%n", clocks, 2 * clocks);
    }

    private static void theNodeWorks(TongbanInstance node) throws Exception {
        ChainVerification chain = node.service(AuditLog.class).verify();
        assertThat(chain.intact()).as("audit chain after kill -9 and restart").isTrue();
        Authenticator authenticator = node.service(Authenticator.class);
        LoginResult admin = authenticator.login("admin", "Demo2026admin".toCharArray(), "127.0.0.1");
        assertThat(admin.loggedIn()).isTrue();
        authenticator.bind(admin.session());
        try {
            TongbanInstance.call(node.service("org.tongban.notice.NoticeService"), "publish", "370102", "重启后公告", "正常");
        } finally {
            authenticator.bind(null);
        }
        assertThat(node.get("/health").statusCode()).isEqualTo(200);
        TongbanInstance.await(Duration.ofSeconds(60), () -> {
            try {
                var search = node.get("/api/v1/search?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7");
                return search.statusCode() == 200 && search.body().contains("\"matterCode\"");
            } catch (Exception e) {
                return false;
            }
        });
        try (Connection c = node.service(Database.class).dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notice_item WHERE title = '重启后公告'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    /** Sweep done, every event sequenced and delivered to the probe and to the product's cluster handler, audit chained. */
    private static boolean settled(Connector db) {
        try {
            // About every 5 s (the wait polls every 20 ms), what is still missing, in case the restart is slow.
            if (System.nanoTime() / 1_000_000 % 5_000 < 20) {
                System.out.printf(
                        "crash: waiting: %d clocks to fire, %d events to sequence, cursors %s, %d audit entries%n",
                        count(
                                db,
                                "SELECT COUNT(*) FROM worktime_clock WHERE object_type = 'crash-test' AND"
                                        + " overdue_fired_at IS NULL"),
                        count(db, "SELECT COUNT(*) FROM platform_outbox WHERE seq IS NULL"),
                        strings(db, "SELECT handler || '@' || position FROM platform_event_cursor"),
                        count(db, "SELECT COUNT(*) FROM sec_audit_pending"));
            }
            long head = count(db, "SELECT COALESCE(MAX(seq), 0) FROM platform_outbox");
            return count(
                                    db,
                                    "SELECT COUNT(*) FROM worktime_clock WHERE object_type = 'crash-test' AND"
                                            + " overdue_fired_at IS NULL")
                            == 0
                    && count(db, "SELECT COUNT(*) FROM platform_outbox WHERE seq IS NULL") == 0
                    && count(
                                    db,
                                    "SELECT COUNT(*) FROM platform_event_cursor WHERE handler IN ('crash-probe',"
                                            + " 'worktime-deadline-listeners') AND position >= " + head)
                            == 2
                    && count(db, "SELECT COUNT(*) FROM sec_audit_pending") == 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void configure(Path home, Map<String, Object> database) throws Exception {
        Path file = home.resolve("conf/configurations.json");
        ObjectNode all = (ObjectNode) JSON.readTree(file.toFile());
        if (database != null) {
            ObjectNode persistence = all.putObject("org.tongban.platform.persistence");
            database.forEach((k, v) -> persistence.put(k, v.toString()));
        }
        ObjectNode worktime = all.has("org.tongban.worktime")
                ? (ObjectNode) all.get("org.tongban.worktime")
                : all.putObject("org.tongban.worktime");
        worktime.put("sweepIntervalSeconds", 1);
        ObjectNode scheduler = all.has("org.tongban.platform.scheduler")
                ? (ObjectNode) all.get("org.tongban.platform.scheduler")
                : all.putObject("org.tongban.platform.scheduler");
        scheduler.put("pollingMillis", 500);
        scheduler.put("heartbeatSeconds", 1);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), all);
    }

    /** {@value #MATTERS} copies of a demo matter in a department of their own, published, as one exchange file. */
    private static void writeImport(Path file) throws Exception {
        ObjectNode demo;
        try (ZipFile jar = new ZipFile(TongbanInstance.distributionBundle("jinan", "org.tongban.catalogue")
                .toFile())) {
            demo = (ObjectNode) JSON.readTree(jar.getInputStream(jar.getEntry("demo/catalogue-jinan.json")));
        }
        ObjectNode template = (ObjectNode) demo.get("matters").get(0);
        template.withArray("materials")
                .forEach(m -> ((ObjectNode) m).putNull("blankForm").putNull("sample"));
        ObjectNode document =
                JSON.createObjectNode().put("format", demo.get("format").asText());
        document.putArray("departments")
                .addObject()
                .put("code", CRASH_DEPARTMENT)
                .put("name", "崩溃测试局")
                .put("jurisdiction", "370100")
                .put("phone", "0531-00000000");
        ArrayNode matters = document.putArray("matters");
        for (int i = 0; i < MATTERS; i++) {
            matters.add(template.deepCopy()
                    .put("code", CRASH_DEPARTMENT + "-XK-" + String.format("%04d", i))
                    .put("name", "崩溃测试事项" + i)
                    .put("department", CRASH_DEPARTMENT));
        }
        JSON.writeValue(file.toFile(), document);
    }

    private static List<String> lines(Path file, String prefix) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            return Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith(prefix))
                    .toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static long count(Connector db, String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long countOrZero(Connector db, String sql) {
        try {
            return count(db, sql);
        } catch (SQLException e) {
            return 0;
        }
    }

    private static List<String> strings(Connector db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
