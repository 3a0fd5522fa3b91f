package org.tongban.worktime.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.ui.LoggerUIService;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.platform.security.internal.JdbcAuditLog;
import org.tongban.platform.security.internal.SecuritySettings;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.LimitUnit;

/**
 * Prints the throughput and latency of saving a case the way a business bundle does: in one {@code
 * transactions().required(...)}, the case row, its working-time clock ({@link JdbcClockService#start}: the clock row,
 * its START event and the clock's own audit entry) and the case's audit entry ({@link JdbcAuditLog#record}), by 200
 * threads over a HikariCP pool of 10 configured as the platform's pool is (5 s connection timeout), on H2 (file) and
 * PostgreSQL. The baseline, in the same run, with the same pool and threads, writes the same five rows (case, clock,
 * clock event, two pending audit entries) with plain JDBC in one transaction per save. After the platform run it
 * checks that no save failed, that no request for a connection timed out, that the audit chain verifies and that
 * every case has its clock, its START event and both audit entries.
 *
 * <p>Run: {@code mvn -f bundles/org.tongban.worktime/pom.xml test-compile exec:java
 * -Dexec.mainClass=org.tongban.worktime.internal.CaseSaveBenchmark}; size with {@code -Dtongban.bench.saves=N}
 * (default 20,000 measured saves after 2,000 warm-up saves), {@code -Dtongban.bench.threads} (200) and {@code
 * -Dtongban.bench.pool} (10).
 */
public final class CaseSaveBenchmark {
    private static final int SAVES = Integer.getInteger("tongban.bench.saves", 20_000);
    private static final int WARM_UP = Integer.getInteger("tongban.bench.warmup", 2_000);
    private static final int THREADS = Integer.getInteger("tongban.bench.threads", 200);
    private static final int POOL = Integer.getInteger("tongban.bench.pool", 10);
    private static final String LIXIA = org.tongban.testing.Jinan.LIXIA;
    private static final String DEPARTMENT = "市场监管局";
    private static final String MATTER = "食品经营许可";
    /**
     * Cases are accepted on a running clock that starts on a Monday in a year the shipped holiday data covers, so
     * that every deadline can be computed whatever the date of the run.
     */
    private static final java.time.Clock TIME = java.time.Clock.offset(
            java.time.Clock.systemUTC(), Duration.between(Instant.now(), Instant.parse("2026-03-02T01:00:00Z")));

    /** One run's figures. */
    private record Figures(int saves, long nanos, long p50, long p99, long timeouts, long failures, String error) {
        double perSecond() {
            return saves * 1e9 / nanos;
        }
    }

    /** One way of saving case number {@code n}. */
    @FunctionalInterface
    private interface Save {
        void save(int n) throws Exception;
    }

    /** Held so that its level stays set (the logging framework keeps loggers only weakly). */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    private CaseSaveBenchmark() {}

    public static void main(String[] args) throws Exception {
        quietLogging();
        System.out.printf(
                "case saves: %,d saves (after %,d warm-up) by %d threads over a pool of %d; %d cores, load %.1f%n",
                SAVES,
                WARM_UP,
                THREADS,
                POOL,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        Path folder = Files.createTempDirectory("case-save-bench");
        try {
            run("h2", "jdbc:h2:file:" + folder.resolve("bench") + ";CACHE_SIZE=65536", null);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        postgres();
        System.exit(0); // the audit chainer's thread is a daemon, but Liquibase may leave others behind
    }

    private static void run(String vendor, String url, String user) throws Exception {
        LongAdder timeouts = new LongAdder();
        try (HikariDataSource pool = pool(url, user, timeouts)) {
            migrate(pool, "db/worktime-changelog.xml");
            migrate(pool, "db/security-changelog.xml");
            execute(
                    pool,
                    "CREATE TABLE bench_case (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                            + " case_no VARCHAR(40) NOT NULL UNIQUE, jurisdiction_code VARCHAR(12) NOT NULL,"
                            + " department VARCHAR(100) NOT NULL, matter_type VARCHAR(100) NOT NULL,"
                            + " applicant VARCHAR(100) NOT NULL, accepted_at TIMESTAMP WITH TIME ZONE NOT NULL)");

            // Baseline first, on empty tables; then the tables are emptied again for the platform.
            Figures baseline = measure(n -> plainSave(pool, n), "B-", timeouts);
            empty(pool);

            Database database = org.tongban.testing.TestDatabase.of(pool, vendor);
            JdbcAuditLog auditLog =
                    new JdbcAuditLog(database, new SecuritySettings(null, false, "370000", Clock.systemUTC()));
            org.tongban.testing.TestJurisdictions jurisdictions = new org.tongban.testing.TestJurisdictions();
            org.tongban.testing.FakeAccessControl access = new org.tongban.testing.FakeAccessControl(jurisdictions);
            access.actAs("lixia-clerk", LIXIA, ClockService.CLOCK_PERMISSION, CalendarService.READ_PERMISSION);
            JdbcCalendarService calendars =
                    new JdbcCalendarService(database, access, auditLog, jurisdictions, Settings.DEFAULTS);
            JdbcClockService clocks =
                    new JdbcClockService(database, calendars, access, auditLog, Settings.DEFAULTS, TIME);
            Transactions tx = database.transactions();
            Figures platform = measure(
                    n -> tx.required(c -> {
                        String caseNo = "P-" + n;
                        Instant accepted = TIME.instant().truncatedTo(ChronoUnit.MILLIS);
                        Jdbc.update(
                                c,
                                "INSERT INTO bench_case (case_no, jurisdiction_code, department, matter_type,"
                                        + " applicant, accepted_at) VALUES (?, ?, ?, ?, ?, ?)",
                                caseNo,
                                LIXIA,
                                DEPARTMENT,
                                MATTER,
                                "申请人" + n,
                                accepted);
                        clocks.start(new ClockRequest(
                                "case", caseNo, LIXIA, DEPARTMENT, MATTER, 20, LimitUnit.WORKING_DAYS, accepted));
                        auditLog.record("case.accept", "case/" + caseNo, MATTER);
                        return null;
                    }),
                    "P-",
                    timeouts);

            print(vendor, "plain JDBC (baseline)", baseline);
            print(vendor, "platform", platform);
            System.out.printf(
                    "%s: platform/baseline %.0f%% of the saves per second (goal >= 50%%), p99 %.1fx the baseline's;"
                            + " load now %.1f%n",
                    vendor,
                    100 * platform.perSecond() / baseline.perSecond(),
                    (double) platform.p99 / baseline.p99,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            check(vendor, pool, auditLog, platform);
            stop(auditLog);
        }
    }

    /** Warms up, then times {@link #SAVES} saves by {@link #THREADS} threads, each taking the next number. */
    private static Figures measure(Save save, String prefix, LongAdder timeouts) throws InterruptedException {
        run(save, 0, WARM_UP, new long[WARM_UP], new LongAdder(), new AtomicReference<>());
        long timeoutsBefore = timeouts.sum();
        long[] latencies = new long[SAVES];
        LongAdder failures = new LongAdder();
        AtomicReference<String> error = new AtomicReference<>();
        long start = System.nanoTime();
        run(save, WARM_UP, SAVES, latencies, failures, error);
        long nanos = System.nanoTime() - start;
        Arrays.sort(latencies);
        return new Figures(
                SAVES,
                nanos,
                latencies[SAVES / 2],
                latencies[(int) (SAVES * 0.99)],
                timeouts.sum() - timeoutsBefore,
                failures.sum(),
                error.get() == null ? null : prefix + ": " + error.get());
    }

    private static void run(
            Save save, int first, int count, long[] latencies, LongAdder failures, AtomicReference<String> error)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            threads.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    try {
                        save.save(first + i);
                    } catch (Exception e) {
                        failures.increment();
                        error.compareAndSet(null, e + (e.getCause() == null ? "" : " <- " + e.getCause()));
                    }
                    latencies[i] = System.nanoTime() - begin;
                }
            });
        }
        threads.shutdown();
        if (!threads.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("saves did not finish");
        }
    }

    /** The same five rows as the platform's save, with plain JDBC in one transaction. */
    private static void plainSave(DataSource pool, int n) throws SQLException {
        String caseNo = "B-" + n;
        Instant accepted = TIME.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant deadline = accepted.plus(Duration.ofDays(28));
        Instant warning = accepted.plus(Duration.ofDays(24));
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_case (case_no, jurisdiction_code,"
                        + " department, matter_type, applicant, accepted_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, caseNo);
                    ps.setString(2, LIXIA);
                    ps.setString(3, DEPARTMENT);
                    ps.setString(4, MATTER);
                    ps.setString(5, "申请人" + n);
                    Jdbc.setInstant(ps, 6, accepted);
                    ps.executeUpdate();
                }
                long clockId;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO worktime_clock (object_type, object_id, jurisdiction_code, department,"
                                + " matter_type, limit_amount, limit_unit, extension_amount, state, started_at,"
                                + " deadline, warning_at, next_event_at)"
                                + " VALUES ('case', ?, ?, ?, ?, 20, 'WORKING_DAYS', 0, 'RUNNING', ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, caseNo);
                    ps.setString(2, LIXIA);
                    ps.setString(3, DEPARTMENT);
                    ps.setString(4, MATTER);
                    Jdbc.setInstant(ps, 5, accepted);
                    Jdbc.setInstant(ps, 6, deadline);
                    Jdbc.setInstant(ps, 7, warning);
                    Jdbc.setInstant(ps, 8, warning);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        clockId = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO worktime_clock_event (clock_id, kind,"
                        + " event_at, actor, reason, amount, approver) VALUES (?, 'START', ?, ?, NULL, NULL, NULL)")) {
                    ps.setLong(1, clockId);
                    Jdbc.setInstant(ps, 2, accepted);
                    ps.setString(3, "lixia-clerk");
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sec_audit_pending (occurred_at, actor,"
                        + " actor_jurisdiction, action, target, detail, remote_address)"
                        + " VALUES (?, 'system', NULL, ?, ?, ?, NULL)")) {
                    Jdbc.setInstant(ps, 1, accepted);
                    ps.setString(2, "worktime.clock.start");
                    ps.setString(3, "clock/" + clockId + " case/" + caseNo);
                    ps.setString(4, "20 WORKING_DAYS, deadline " + deadline);
                    ps.addBatch();
                    Jdbc.setInstant(ps, 1, accepted);
                    ps.setString(2, "case.accept");
                    ps.setString(3, "case/" + caseNo);
                    ps.setString(4, MATTER);
                    ps.addBatch();
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Every case of the platform run has its clock, START event and both audit entries; the chain verifies. */
    private static void check(String vendor, DataSource pool, JdbcAuditLog auditLog, Figures platform)
            throws SQLException {
        ChainVerification chain = auditLog.verify();
        Set<String> cases = strings(pool, "SELECT case_no FROM bench_case WHERE case_no LIKE 'P-%'");
        Set<String> clocked = strings(
                pool,
                "SELECT k.object_id FROM worktime_clock k JOIN worktime_clock_event e ON e.clock_id = k.id"
                        + " AND e.kind = 'START' WHERE k.object_type = 'case'");
        Set<String> audited = strings(pool, "SELECT target FROM sec_audit_log WHERE action = 'case.accept'");
        Set<String> clockAudited =
                strings(pool, "SELECT target FROM sec_audit_log WHERE action = 'worktime.clock.start'");
        Set<String> clockTargets = strings(
                pool, "SELECT 'clock/' || CAST(id AS VARCHAR(20)) || ' case/' || object_id FROM worktime_clock");
        long pending = strings(pool, "SELECT CAST(id AS VARCHAR(20)) FROM sec_audit_pending")
                .size();
        int expected = WARM_UP + SAVES;
        int missingClock = 0;
        int missingAudit = 0;
        for (String caseNo : cases) {
            missingClock += clocked.contains(caseNo) ? 0 : 1;
            missingAudit += audited.contains("case/" + caseNo) ? 0 : 1;
        }
        Set<String> unaudited = new HashSet<>(clockTargets);
        unaudited.removeAll(clockAudited);
        List<String> problems = new ArrayList<>();
        if (platform.failures > 0) {
            problems.add(platform.failures + " saves failed, first: " + platform.error);
        }
        if (platform.timeouts > 0) {
            problems.add(platform.timeouts + " pool timeouts");
        }
        if (!chain.intact() || chain.entries() != 2L * expected || pending > 0) {
            problems.add("audit chain " + chain + ", " + pending + " entries unchained");
        }
        if (cases.size() != expected || clockTargets.size() != expected) {
            problems.add(cases.size() + " cases and " + clockTargets.size() + " clocks, expected " + expected);
        }
        if (missingClock + missingAudit + unaudited.size() > 0) {
            problems.add(missingClock + " cases without clock, " + missingAudit + " without audit entry, "
                    + unaudited.size() + " clocks without audit entry");
        }
        System.out.printf(
                "%s: check: %,d cases, each with its clock, START event and 2 audit entries; audit chain of %,d"
                        + " entries %s; %d pool timeouts -> %s%n",
                vendor,
                cases.size(),
                chain.entries(),
                chain.intact() ? "verifies" : "BROKEN at " + chain.firstBrokenSequence(),
                platform.timeouts,
                problems.isEmpty() ? "OK" : "FAILED: " + String.join("; ", problems));
    }

    private static void print(String vendor, String label, Figures f) {
        System.out.printf(
                "%s: %-22s %,8.0f saves/s (%,d in %.1f s), p50 %.1f ms, p99 %.1f ms, pool timeouts %d,"
                        + " failed saves %d%s%n",
                vendor,
                label,
                f.perSecond(),
                f.saves,
                f.nanos / 1e9,
                f.p50 / 1e6,
                f.p99 / 1e6,
                f.timeouts,
                f.failures,
                f.error == null ? "" : " (" + f.error + ")");
    }

    /** The platform's pool (see PooledDatabase), counting the requests for a connection that time out. */
    private static HikariDataSource pool(String url, String user, LongAdder timeouts) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bench");
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        config.setMaximumPoolSize(POOL);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        config.setMetricsTrackerFactory((name, stats) -> new IMetricsTracker() {
            @Override
            public void recordConnectionTimeout() {
                timeouts.increment();
            }
        });
        return new HikariDataSource(config);
    }

    private static void migrate(DataSource dataSource, String changelog) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            // Liquibase's progress goes to its log (quiet here) instead of standard output.
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> new CommandScope(
                            UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(
                            DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                            DatabaseFactory.getInstance()
                                    .findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .execute());
        }
    }

    /** Stops the audit log's chainer thread before its pool closes, as its bundle's deactivation would. */
    private static void stop(JdbcAuditLog auditLog) throws ReflectiveOperationException {
        Method stop = JdbcAuditLog.class.getDeclaredMethod("stop");
        stop.setAccessible(true);
        stop.invoke(auditLog);
    }

    private static void empty(DataSource pool) throws SQLException {
        for (String sql : List.of(
                "DELETE FROM worktime_clock_event",
                "DELETE FROM worktime_clock",
                "DELETE FROM bench_case",
                "DELETE FROM sec_audit_pending",
                "DELETE FROM sec_audit_log",
                "UPDATE sec_audit_head SET last_seq = 0, last_hash = '" + "0".repeat(64) + "' WHERE id = 1")) {
            execute(pool, sql);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Set<String> strings(DataSource dataSource, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static void postgres() throws Exception {
        String url = System.getProperty("tongban.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String schema =
                "tb_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String user = null;
        for (String candidate : new String[] {"postgres", System.getProperty("user.name")}) {
            try (Connection ignored = DriverManager.getConnection(url, candidate, null)) {
                user = candidate;
                break;
            } catch (SQLException e) {
                System.out.println("postgresql: " + candidate + ": " + e.getMessage());
            }
        }
        if (user == null) {
            System.out.println("postgresql: not reachable at " + url + "; skipped");
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, user, null);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        try {
            run("postgresql", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user);
        } finally {
            try (Connection connection = DriverManager.getConnection(url, user, null);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** Warnings only: Liquibase and the pool would otherwise log every step at debug level. */
    static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }
}
