package org.tongban.worktime.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.Random;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcDataSource;
import org.tongban.platform.api.persistence.Database;
import org.tongban.testing.MutableClock;
import org.tongban.testing.Postgres;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.TestDatabase;

/**
 * Prints the time to compute 1,000,000 deadlines (calendar index against the day-by-day loop) and the time of the
 * overdue sweep query over 1,000,000 open clocks (index on {@code next_event_at} against the same query after dropping
 * the index), on H2 and PostgreSQL. Run: {@code mvn -f bundles/org.tongban.worktime/pom.xml test-compile exec:java}.
 */
public final class WorktimeBenchmark {
    private static final int DEADLINES = 1_000_000;
    private static final int CLOCKS = 1_000_000;
    private static final int DUE = 1_000;
    private static final int QUERY_RUNS = 20;

    private WorktimeBenchmark() {}

    public static void main(String[] args) throws Exception {
        deadlines();
        Path folder = Files.createTempDirectory("worktime-bench");
        try {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + folder.resolve("bench") + ";CACHE_SIZE=262144");
            sweep(
                    TestDatabase.migrated(h2, "h2", WorktimeContract.CHANGELOG),
                    "SELECT X FROM SYSTEM_RANGE(1, " + CLOCKS + ")");
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        postgres();
    }

    private static void deadlines() {
        IndexedCalendar calendar = TestCalendars.national();
        Random random = new Random(7);
        Instant first = MutableClock.beijing("2019-01-01T00:00");
        Instant[] accepted = new Instant[DEADLINES];
        int[] days = new int[DEADLINES];
        for (int i = 0; i < DEADLINES; i++) {
            accepted[i] = first.plusSeconds(random.nextLong(7L * 365 * 86_400));
            days[i] = 1 + random.nextInt(45);
        }
        // One warm-up round each so that both are measured compiled.
        time(() -> run(calendar, accepted, days, false));
        time(() -> run(calendar, accepted, days, true));
        long loop = time(() -> run(calendar, accepted, days, true));
        long index = time(() -> run(calendar, accepted, days, false));
        System.out.printf(
                "deadlines: %,d deadlines (1-45 working days): index %d ms, day-by-day loop %d ms, loop/index %.1fx%n",
                DEADLINES, index / 1_000_000, loop / 1_000_000, (double) loop / index);
    }

    private static long run(IndexedCalendar calendar, Instant[] accepted, int[] days, boolean loop) {
        long sum = 0;
        for (int i = 0; i < accepted.length; i++) {
            Instant deadline = loop
                    ? calendar.addWorkingDaysByLoop(accepted[i], days[i])
                    : calendar.addWorkingDays(accepted[i], days[i]);
            sum += deadline.getEpochSecond();
        }
        return sum;
    }

    private static long time(Supplier<Long> work) {
        long start = System.nanoTime();
        if (work.get() == 42) {
            System.out.print("");
        }
        return System.nanoTime() - start;
    }

    // The clocks' next events are spread over the seconds around "now"; only the first DUE are in the past.
    private static void sweep(Database database, String range) throws SQLException {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        String next = database.vendor().equals("h2")
                ? "DATEADD(SECOND, X - " + (DUE + 1) + ", TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00')"
                : "TIMESTAMPTZ '2026-06-01 00:00:00+00' + (X - " + (DUE + 1) + ") * INTERVAL '1 second'";
        long load = System.nanoTime();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO worktime_clock (object_type, object_id, jurisdiction_code,"
                    + " department, matter_type, limit_amount, limit_unit, extension_amount, state, started_at,"
                    + " deadline, warning_at, next_event_at) SELECT 'bench', CAST(X AS VARCHAR(20)), '370102', 'd', 'm',"
                    + " 20, 'WORKING_DAYS', 0, 'RUNNING', TIMESTAMP WITH TIME ZONE '2026-05-01 00:00:00+00', " + next
                    + ", " + next + ", " + next + " FROM (" + range + ") AS r(X)");
            if (database.vendor().equals("postgresql")) {
                statement.execute("ANALYZE worktime_clock");
            }
        }
        System.out.printf(
                "%s: %,d open clocks loaded in %d s%n",
                database.vendor(), CLOCKS, (System.nanoTime() - load) / 1_000_000_000);
        DeadlineSweeper sweeper = new DeadlineSweeper(database.transactions(), event -> {});
        long indexed = queryTime(sweeper, now);
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX ix_worktime_clock_next_event");
        }
        long scan = queryTime(sweeper, now);
        System.out.printf(
                "%s: due query (%,d of %,d due, first batch of %d): with index %.2f ms, full scan %.2f ms,"
                        + " scan/index %.0fx%n",
                database.vendor(),
                DUE,
                CLOCKS,
                DeadlineSweeper.BATCH,
                indexed / 1e6,
                scan / 1e6,
                (double) scan / indexed);
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX ix_worktime_clock_next_event ON worktime_clock (next_event_at)");
        }
        long fire = System.nanoTime();
        int fired = sweeper.sweep(now);
        System.out.printf(
                "%s: full sweep over %,d open clocks fired %,d events in %d ms%n",
                database.vendor(), CLOCKS, fired, (System.nanoTime() - fire) / 1_000_000);
    }

    private static long queryTime(DeadlineSweeper sweeper, Instant now) {
        for (int i = 0; i < 3; i++) {
            sweeper.due(now);
        }
        long start = System.nanoTime();
        for (int i = 0; i < QUERY_RUNS; i++) {
            if (sweeper.due(now).size() != DeadlineSweeper.BATCH) {
                throw new IllegalStateException("unexpected due count");
            }
        }
        return (System.nanoTime() - start) / QUERY_RUNS;
    }

    private static void postgres() throws Exception {
        if (!Postgres.reachable()) {
            System.out.println("postgresql: not reachable at " + Postgres.URL + "; skipped");
            return;
        }
        try (PostgresSchema schema = Postgres.server().newSchema()) {
            sweep(
                    TestDatabase.migrated(schema.dataSource(), "postgresql", WorktimeContract.CHANGELOG),
                    "SELECT generate_series(1, " + CLOCKS + ")");
        }
    }
}
