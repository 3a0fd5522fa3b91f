package org.tongban.intake.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.Page;
import org.tongban.testing.Jinan;
import org.tongban.testing.PostgresSchema;
import org.tongban.worktime.CalendarService;

/**
 * Prints the latency of the console's lists and case page over 1,000,000 cases in PostgreSQL, read through intake's
 * own {@link JdbcIntakeQueries} on a node of the platform's real services ({@link IntakeNode}): the department queue
 * of 历下区's 市场监管局, 民政局 and 消防救援大队 (pages 1 to 3), a reviewer's own queue, the overdue list of 历下区 and
 * of the whole city (pages 1 to 3) and one case's page (case, checklist, history, the steps offered, the clock,
 * inspections, the last 补正 notice). The baseline, in the same run, is a plain SELECT of a case by its primary key
 * over the same pool. The kinds take turns, one query each, so that all see the same load of a shared machine. The
 * cases ({@link QueueData}) are bulk-loaded with {@code COPY} into a schema of their own, analysed as autovacuum
 * would, and dropped at the end. Then changeset {@code intake-overdue-1} is undone (its index for the overdue list
 * dropped, the one it replaced made again) and everything is measured again, to show what it is for.
 *
 * <p>Run: {@code mvn -f bundles/org.tongban.intake/pom.xml test-compile exec:java
 * -Dexec.mainClass=org.tongban.intake.internal.IntakeQueueBenchmark}; size with {@code -Dtongban.bench.cases=N}
 * (1,000,000) and {@code -Dtongban.bench.queries=N} (300 of each kind, after 50 of each to warm up).
 */
public final class IntakeQueueBenchmark {
    private static final int CASES = Integer.getInteger("tongban.bench.cases", 1_000_000);
    private static final int QUERIES = Integer.getInteger("tongban.bench.queries", 300);
    private static final int WARM_UP = Integer.getInteger("tongban.bench.warmup", 50);
    private static final int PAGE = 20;
    /** What undoes changeset intake-overdue-1: its index for the overdue list goes, the one it replaced comes back. */
    private static final List<String> WITHOUT_OVERDUE_INDEX = List.of(
            "DROP INDEX ix_intake_case_open",
            "CREATE INDEX ix_intake_case_processing ON intake_case (processing_jurisdiction)",
            "ANALYZE intake_case");

    /** One kind of query, run as the user it logs in. */
    @FunctionalInterface
    private interface Query {
        Object run(int i) throws Exception;
    }

    private IntakeQueueBenchmark() {}

    public static void main(String[] args) throws Exception {
        Bench.quietLogging();
        System.out.printf(
                "intake queues: %,d cases, %d queries of each kind (after %d to warm up), pages of %d; %d cores,"
                        + " load %.1f%n",
                CASES, QUERIES, WARM_UP, PAGE, Bench.cores(), Bench.load());
        PostgresSchema schema = Bench.postgresSchema();
        if (schema == null) {
            System.exit(0);
        }
        Path home = Bench.temporaryFolder("intake-queue-bench");
        try (IntakeNode node = IntakeNode.start(schema.url(), schema.user(), "postgresql", home, "bench-queues")) {
            QueueData data = new QueueData(CASES);
            long start = System.nanoTime();
            long rows = data.load(node.pool);
            long loaded = System.nanoTime();
            execute(node, "ANALYZE");
            System.out.printf(
                    "postgresql: loaded %,d rows (%,d cases with 2 checklist rows, their workflow rows with 2 history"
                            + " rows, their clocks) with COPY, indexes built afterwards, in %.1f s (%,.0f rows/s),"
                            + " analysed in %.1f s%n",
                    rows,
                    CASES,
                    (loaded - start) / 1e9,
                    rows * 1e9 / (loaded - start),
                    (System.nanoTime() - loaded) / 1e9);
            measure(node, data, "as intake's changelog makes them");
            for (String sql : WITHOUT_OVERDUE_INDEX) {
                execute(node, sql);
            }
            measure(node, data, "without changeset intake-overdue-1 (before its index for the overdue list)");
        } finally {
            schema.close();
            Bench.delete(home);
        }
        System.exit(0);
    }

    private static void measure(IntakeNode node, QueueData data, String indexes) throws Exception {
        Map<String, Query> kinds = kinds(node, data);
        Map<String, long[]> nanos = new LinkedHashMap<>();
        kinds.keySet().forEach(k -> nanos.put(k, new long[QUERIES]));
        Map<String, Long> rows = new LinkedHashMap<>();
        for (int i = -WARM_UP; i < QUERIES; i++) {
            for (Map.Entry<String, Query> kind : kinds.entrySet()) {
                long begin = System.nanoTime();
                Object result = kind.getValue().run(i + WARM_UP);
                long took = System.nanoTime() - begin;
                if (i >= 0) {
                    nanos.get(kind.getKey())[i] = took;
                    if (result instanceof Page<?> page) {
                        rows.merge(kind.getKey(), page.total(), Math::max);
                    }
                }
            }
        }
        long[] baseline = nanos.values().iterator().next();
        double baseP50 = Bench.percentileMillis(baseline, 0.5);
        double baseP99 = Bench.percentileMillis(baseline, 0.99);
        System.out.printf("postgresql: indexes %s; load %.1f%n", indexes, Bench.load());
        for (Map.Entry<String, long[]> kind : nanos.entrySet()) {
            double p50 = Bench.percentileMillis(kind.getValue(), 0.5);
            double p99 = Bench.percentileMillis(kind.getValue(), 0.99);
            Long total = rows.get(kind.getKey());
            System.out.printf(
                    "postgresql:   p50 %7.2f ms (%5.1fx), p99 %7.2f ms (%5.1fx)  %s%s%n",
                    p50,
                    p50 / baseP50,
                    p99,
                    p99 / baseP99,
                    kind.getKey(),
                    total == null ? "" : String.format(", up to %,d cases listed", total));
        }
    }

    private static Map<String, Query> kinds(IntakeNode node, QueueData data) {
        List<String> departments = List.of(TestCatalogue.MARKET, TestCatalogue.CIVIL, TestCatalogue.FIRE);
        SplittableRandom random = new SplittableRandom(42);
        Map<String, Query> kinds = new LinkedHashMap<>();
        kinds.put(
                "plain primary-key SELECT (baseline)",
                i -> byKey(node, data.of(random.nextLong(CASES)).number()));
        kinds.put("department queue (历下区, 3 departments)", i -> {
            asLead(node, Jinan.LIXIA);
            return node.queries.departmentQueue(departments.get(i % 3), i / 3 % 3, PAGE);
        });
        kinds.put("my queue (a reviewer of 市场监管局)", i -> {
            node.access.actAs(
                    QueueData.reviewer(TestCatalogue.MARKET, i % QueueData.REVIEWERS),
                    Jinan.LIXIA,
                    IntakePermissions.READ,
                    IntakePermissions.REVIEW);
            return node.queries.myQueue(0, PAGE);
        });
        kinds.put("overdue list (历下区, pages 1-3)", i -> {
            asLead(node, Jinan.LIXIA);
            return node.queries.overdue(Jinan.LIXIA, i % 3, PAGE);
        });
        kinds.put("overdue list (济南市, pages 1-3)", i -> {
            asLead(node, Jinan.JINAN);
            return node.queries.overdue(Jinan.JINAN, i % 3, PAGE);
        });
        kinds.put("case page (a case of 历下区)", i -> {
            asLead(node, Jinan.LIXIA);
            // 历下区 receives every twelfth case
            long n = random.nextLong(CASES / QueueData.DISTRICTS.length) * QueueData.DISTRICTS.length;
            return node.queries.view(data.of(n).number());
        });
        return kinds;
    }

    private static void asLead(IntakeNode node, String jurisdiction) {
        node.access.actAs(
                "lead",
                jurisdiction,
                IntakePermissions.READ,
                IntakePermissions.REVIEW,
                IntakePermissions.ASSIGN,
                IntakePermissions.DECIDE,
                IntakePermissions.EXTEND,
                CalendarService.READ_PERMISSION);
    }

    private static String byKey(IntakeNode node, String number) throws SQLException {
        try (Connection c = node.pool.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM intake_case WHERE case_number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no case " + number);
                }
                return rs.getString("state");
            }
        }
    }

    private static void execute(IntakeNode node, String sql) throws SQLException {
        try (Connection c = node.pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
