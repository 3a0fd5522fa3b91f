package org.tongban.hotline.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.LoggerFactory;
import org.tongban.hotline.CategorySuggestion;
import org.tongban.hotline.Page;
import org.tongban.hotline.PublicStatus;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketFilter;
import org.tongban.testing.Jinan;
import org.tongban.testing.Postgres;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.TestDatabase;

/**
 * The hotline at the size of a big city, on PostgreSQL, with the hotline's own services over the platform's workflow
 * service and case numbers ({@link HotlineFixture}; audit entries and events are the test kit's, kept in memory).
 *
 * <p>A day: {@code tongban.bench.tickets} (60,000, Beijing's 12345 line on a busy day) calls, each received (受理,
 * with its number and workflow), classified by the category suggester (trained on the labelled tickets' phrasings 0
 * to 6 as closed tickets) and dispatched (派单) to the unit the catalogue routes that category to in the ticket's
 * district, with its 签收 deadline, by 8 threads over a pool of 10. The baseline, in the same run and taking turns with
 * it, writes the same rows per ticket with plain JDBC ({@link PlainTickets}).
 *
 * <p>At size: {@code tongban.bench.size} (10,000,000) tickets bulk-loaded by {@link TicketData}, then the office's
 * lists and statistics and the duplicate suggestion (similar tickets of a new call and of an existing ticket) as the
 * office of 济南市 reads them, in turns, against a primary-key SELECT of a ticket as the baseline.
 *
 * <p>Run: {@code mvn -f bundles/org.tongban.hotline/pom.xml test-compile exec:java
 * -Dexec.mainClass=org.tongban.hotline.internal.HotlineBenchmark}; {@code -Dtongban.bench.only=day} or {@code size}
 * runs one part; {@code -Dtongban.bench.keep=true} keeps the schema to look at the plans.
 */
public final class HotlineBenchmark {
    private static final int TICKETS = Integer.getInteger("tongban.bench.tickets", 60_000);
    private static final int WARM_UP = Integer.getInteger("tongban.bench.warmup", 1_000);
    private static final int THREADS = Integer.getInteger("tongban.bench.threads", 8);
    private static final int POOL = Integer.getInteger("tongban.bench.pool", 10);
    private static final int ROUNDS = Integer.getInteger("tongban.bench.rounds", 5);
    private static final int SIZE = Integer.getInteger("tongban.bench.size", 10_000_000);
    private static final int QUERIES = Integer.getInteger("tongban.bench.queries", 100);
    private static final String ONLY = System.getProperty("tongban.bench.only", "");
    /** Leaves the loaded schema in place (its name is printed) to look at the plans with EXPLAIN afterwards. */
    private static final boolean KEEP = Boolean.getBoolean("tongban.bench.keep");

    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    /** One unit of work numbered {@code n}. */
    @FunctionalInterface
    private interface Work {
        Object run(int n) throws Exception;
    }

    /** Times and failures of one kind of work. */
    private static final class Figures {
        final long[] nanos;
        final LongAdder failures = new LongAdder();
        final AtomicReference<String> error = new AtomicReference<>();
        long total;

        Figures(int size) {
            nanos = new long[size];
        }

        double perSecond() {
            return nanos.length * 1e9 / total;
        }

        double p(double fraction) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) (sorted.length * fraction))] / 1e6;
        }
    }

    private HotlineBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
        System.out.printf(
                "hotline: %d cores, load %.1f%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        if (!Postgres.reachable()) {
            System.out.println("postgresql: not reachable at " + Postgres.URL + "; skipped");
            System.exit(0);
        }
        PostgresSchema schema = Postgres.server().newSchema();
        HikariConfig config = new HikariConfig();
        config.setPoolName("hotline-bench");
        config.setJdbcUrl(schema.url());
        config.setUsername(schema.user());
        config.setMaximumPoolSize(POOL);
        config.setConnectionTimeout(30_000);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            HotlineFixture f = new HotlineFixture(TestDatabase.migrated(pool, "postgresql", HotlineFixture.CHANGELOG));
            BenchCatalogue.install(f);
            if (!ONLY.equals("size")) {
                day(f, pool);
            }
            if (!ONLY.equals("day")) {
                atSize(f, pool);
            }
        } finally {
            if (KEEP) {
                System.out.println("postgresql: schema " + schema.name() + " kept");
            } else {
                schema.close();
            }
        }
        System.exit(0);
    }

    private static void day(HotlineFixture f, HikariDataSource pool) throws Exception {
        List<SuggestionQuality.Labelled> texts = SuggestionQuality.tickets();
        train(pool, texts, f.time.instant());
        JdbcCategorySuggestions suggestions =
                new JdbcCategorySuggestions(f.db.transactions(), f.access, f.catalogue, f.time);
        f.asOffice();
        AtomicInteger rightCategory = new AtomicInteger();
        Work platform = n -> {
            DayTicket t = DayTicket.of(n, texts);
            Ticket received = f.service.receive(t.asNew());
            CategorySuggestion best =
                    suggestions.suggest(t.text(), t.district(), 1).getFirst();
            if (best.categoryCode().equals(t.category())) {
                rightCategory.incrementAndGet();
            }
            return f.service.dispatch(
                    received.number(),
                    received.version(),
                    best.categoryCode(),
                    best.unit().code(),
                    List.of());
        };
        PlainTickets plainTickets = new PlainTickets(pool, f.time.instant());
        Work plain = n -> {
            plainTickets.write(DayTicket.of(n, texts));
            return null;
        };
        run(platform, 0, WARM_UP, new Figures(WARM_UP), 0);
        run(plain, 0, WARM_UP, new Figures(WARM_UP), 0);
        rightCategory.set(0);
        Figures baseline = new Figures(TICKETS);
        Figures measured = new Figures(TICKETS);
        int turn = Math.max(1, TICKETS / ROUNDS);
        for (int done = 0; done < TICKETS; done += turn) {
            int count = Math.min(turn, TICKETS - done);
            run(plain, WARM_UP + done, count, baseline, done);
            run(platform, WARM_UP + done, count, measured, done);
        }
        print("plain JDBC (baseline)", baseline);
        print("hotline", measured);
        System.out.printf(
                "postgresql: %,d tickets received, classified and dispatched in %.1f s (goal < 60 s), %.1f%% of the"
                        + " baseline's tickets per second; category suggested right for %.1f%% (the texts seen in"
                        + " training and the held-back ones)%n",
                TICKETS,
                measured.total / 1e9,
                100 * measured.perSecond() / baseline.perSecond(),
                100.0 * rightCategory.get() / TICKETS);
        long dispatched = count(
                pool,
                "SELECT COUNT(*) FROM hotline_ticket t JOIN hotline_assignment a ON a.ticket_number = t.ticket_number"
                        + " AND a.active AND a.role = 'LEAD' WHERE t.ticket_number LIKE 'RX%' AND t.state ="
                        + " 'DISPATCHED'");
        long history = count(pool, "SELECT COUNT(*) FROM platform_workflow_history WHERE aggregate_id LIKE 'RX%'");
        int expected = WARM_UP + TICKETS;
        System.out.printf(
                "postgresql: check: %,d tickets dispatched to their lead unit, %,d workflow steps -> %s%n",
                dispatched,
                history,
                dispatched == expected && history == 2L * expected && measured.failures.sum() == 0
                        ? "OK"
                        : "FAILED (expected " + expected + " and " + 2 * expected + ")");
    }

    /** The labelled phrasings 0 to 6 as closed tickets of the past month: what the category suggester learns from. */
    private static void train(HikariDataSource pool, List<SuggestionQuality.Labelled> texts, Instant now)
            throws SQLException {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO hotline_ticket (ticket_number, channel,"
                        + " ticket_type, urgency, address, jurisdiction_code, confidential, description,"
                        + " category_code, state, version, received_at, received_by) VALUES (?, 'AGENT_CALL',"
                        + " 'COMPLAINT', 'NORMAL', ?, ?, FALSE, ?, ?, 'EVALUATED', 5, ?, 'agent')")) {
            for (SuggestionQuality.Labelled t : texts) {
                if (t.phrasing() < SuggestionQuality.FIRST_HELD_BACK) {
                    ps.setString(1, "TR" + t.id());
                    ps.setString(2, t.place().address());
                    ps.setString(3, Jinan.LIXIA);
                    ps.setString(4, t.text());
                    ps.setString(5, t.category());
                    ps.setObject(6, java.sql.Timestamp.from(now.minus(Duration.ofDays(20))));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void atSize(HotlineFixture f, HikariDataSource pool) throws Exception {
        Instant now = f.time.instant();
        TicketData data = new TicketData(SIZE, now);
        double[] took = data.load(pool);
        System.out.printf(
                "postgresql: %,d tickets (%,d a day over %d districts, %,d days) with their assignments loaded in %.0f s,"
                        + " indexes built in %.0f s%n",
                SIZE, TicketData.PER_DAY, TicketData.DISTRICTS.length, SIZE / TicketData.PER_DAY, took[0], took[1]);
        long counting = System.nanoTime();
        try (Connection c = pool.getConnection();
                java.sql.Statement s = c.createStatement()) {
            // The steps keep these sums as tickets move; rows loaded in bulk are counted once, as the changelog does.
            KpiSums.recount(c);
            s.execute("ANALYZE hotline_unit_kpi");
        }
        System.out.printf(
                "postgresql: the unit KPI sums counted from the assignments in %.0f s (%,d rows)%n",
                (System.nanoTime() - counting) / 1e9, count(pool, "SELECT COUNT(*) FROM hotline_unit_kpi"));
        f.asOffice();
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Work> kinds = new LinkedHashMap<>();
        kinds.put(
                "plain primary-key SELECT of a ticket (baseline)",
                n -> byKey(pool, TicketData.number(random.nextLong(SIZE))));
        kinds.put("office list, 济南市, all tickets, pages 1-3", n -> f.queries.list(TicketFilter.ALL, n % 3, 20));
        kinds.put("office list, waiting for dispatch (RECEIVED)", n -> f.queries.list(states("RECEIVED"), n % 3, 20));
        kinds.put("office list, 历下区, open", n -> f.queries.list(openIn(Jinan.LIXIA), n % 3, 20));
        kinds.put("office list, red-warning (overdue) only", n -> f.queries.list(overdue(), n % 3, 20));
        kinds.put(
                "unit list, 历下区城市管理 (its active tickets)",
                n -> f.queries.list(TicketFilter.ALL.withUnit("370102-CG"), n % 3, 20));
        kinds.put(
                "statistics, 济南市, the last 7 days",
                n -> f.queries.counts(Jinan.JINAN, now.minus(Duration.ofDays(7)), now));
        kinds.put(
                "statistics, 历下区, the last 30 days",
                n -> f.queries.counts(Jinan.LIXIA, now.minus(Duration.ofDays(30)), now));
        kinds.put(
                "unit KPIs, 济南市, the last 30 days, counted from the assignments (before)",
                n -> kpisFromAssignments(pool, Jinan.JINAN, now.minus(Duration.ofDays(30)), now));
        kinds.put(
                "unit KPIs, 济南市, the last 30 days (the running sums)",
                n -> f.queries.unitKpis(Jinan.JINAN, now.minus(Duration.ofDays(30)), now));
        kinds.put(
                "similar tickets of a new call (历下区)",
                n -> f.queries.similarTo(
                        DayTicket.of(n, SuggestionQuality.tickets()).asNew()));
        kinds.put(
                "similar tickets of a ticket (历下区, open)",
                n -> f.queries.similarTo(
                        TicketData.number(12L * random.nextInt(Math.min(SIZE / 12, TicketData.PER_DAY / 12 * 5)))));
        Map<String, long[]> nanos = new LinkedHashMap<>();
        kinds.keySet().forEach(k -> nanos.put(k, new long[QUERIES]));
        Map<String, Long> sizes = new LinkedHashMap<>();
        int warmUp = Math.max(3, QUERIES / 10);
        for (int i = -warmUp; i < QUERIES; i++) {
            for (Map.Entry<String, Work> kind : kinds.entrySet()) {
                long begin = System.nanoTime();
                Object result = kind.getValue().run(i + warmUp);
                long spent = System.nanoTime() - begin;
                if (i >= 0) {
                    nanos.get(kind.getKey())[i] = spent;
                    long found = result instanceof Page<?> p ? p.total() : result instanceof List<?> l ? l.size() : -1;
                    sizes.merge(kind.getKey(), found, Math::max);
                }
            }
        }
        Figures base = null;
        System.out.printf(
                "postgresql: %d queries of each kind after %d to warm up; load %.1f%n",
                QUERIES,
                warmUp,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        for (Map.Entry<String, long[]> kind : nanos.entrySet()) {
            Figures fig = new Figures(QUERIES);
            System.arraycopy(kind.getValue(), 0, fig.nanos, 0, QUERIES);
            if (base == null) {
                base = fig;
            }
            long size = sizes.getOrDefault(kind.getKey(), -1L);
            System.out.printf(
                    "postgresql:   p50 %8.2f ms (%6.1fx), p99 %8.2f ms (%6.1fx)  %s%s%n",
                    fig.p(0.5),
                    fig.p(0.5) / base.p(0.5),
                    fig.p(0.99),
                    fig.p(0.99) / base.p(0.99),
                    kind.getKey(),
                    size < 0 ? "" : String.format(" (up to %,d found)", size));
        }
    }

    private static TicketFilter states(String... states) {
        return new TicketFilter(null, java.util.Set.of(states), null, null, null, null, null, null, false);
    }

    private static TicketFilter openIn(String jurisdiction) {
        return new TicketFilter(null, null, PublicStatus.OPEN, null, null, null, null, jurisdiction, false);
    }

    private static TicketFilter overdue() {
        return new TicketFilter(null, null, null, null, null, null, null, null, true);
    }

    /** The unit KPIs as they were counted before the running sums: every lead assignment of the period with its ticket. */
    private static int kpisFromAssignments(HikariDataSource pool, String jurisdiction, Instant from, Instant to)
            throws SQLException {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT a.unit_code, u.name, COUNT(*),"
                        + " SUM(CASE WHEN a.signed_at IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.signed_at IS NOT NULL AND a.signed_at <= a.sign_due THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.replied_at IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.handled_on_time = ? THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.active = ? AND t.satisfaction IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.active = ? AND t.resolved = ? THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.active = ? AND t.satisfaction >= 4 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.active = ? AND t.reopened > 0 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.returned_at IS NOT NULL THEN 1 ELSE 0 END)"
                        + " FROM hotline_assignment a JOIN hotline_unit u ON u.code = a.unit_code"
                        + " JOIN hotline_ticket t ON t.ticket_number = a.ticket_number"
                        + " WHERE a.role = 'LEAD' AND a.parent_unit IS NULL AND t.merged_into IS NULL"
                        + " AND u.jurisdiction_code LIKE ? AND a.dispatched_at >= ? AND a.dispatched_at < ?"
                        + " GROUP BY a.unit_code, u.name ORDER BY a.unit_code")) {
            for (int i = 1; i <= 6; i++) {
                ps.setBoolean(i, true);
            }
            ps.setString(7, JdbcHotlineQueries.prefix(jurisdiction) + "%");
            ps.setObject(8, java.time.OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC));
            ps.setObject(9, java.time.OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC));
            int units = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units++;
                }
            }
            return units;
        }
    }

    private static String byKey(HikariDataSource pool, String number) throws SQLException {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM hotline_ticket WHERE ticket_number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no ticket " + number);
                }
                return rs.getString("state");
            }
        }
    }

    /** Runs {@code count} units numbered from {@code first} by {@link #THREADS} threads, into the figures from {@code offset}. */
    private static void run(Work work, int first, int count, Figures into, int offset) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            threads.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    try {
                        work.run(first + i);
                    } catch (Exception e) {
                        into.failures.increment();
                        into.error.compareAndSet(null, String.valueOf(e));
                    }
                    if (offset + i < into.nanos.length) {
                        into.nanos[offset + i] = System.nanoTime() - begin;
                    }
                }
            });
        }
        threads.shutdown();
        if (!threads.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("not finished");
        }
        into.total += System.nanoTime() - start;
    }

    private static void print(String label, Figures f) {
        System.out.printf(
                "postgresql: %-22s %,8.1f tickets/s (%,d in %.1f s), p50 %.1f ms, p99 %.1f ms, failed %d%s%n",
                label,
                f.perSecond(),
                f.nanos.length,
                f.total / 1e9,
                f.p(0.5),
                f.p(0.99),
                f.failures.sum(),
                f.error.get() == null ? "" : " (" + f.error.get() + ")");
    }

    private static long count(HikariDataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
