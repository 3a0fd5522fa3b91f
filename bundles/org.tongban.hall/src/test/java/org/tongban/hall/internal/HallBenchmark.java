package org.tongban.hall.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.tongban.hall.HallException;
import org.tongban.hall.HallWindow;
import org.tongban.hall.Priority;
import org.tongban.hall.Slot;
import org.tongban.hall.Ticket;
import org.tongban.testing.Postgres;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.TestDatabase;

/**
 * The hall under load, on H2 and PostgreSQL, each figure with a baseline of the same run:
 *
 * <ul>
 *   <li>500 citizens booking 100 places at once (100 slots of one place, five citizens for each): exactly 100 must
 *       succeed; the time against the same 500 conditional UPDATEs in plain JDBC on the same pool.
 *   <li>call next with 200 windows calling at once over 2,000 waiting numbers: p50 and p99 of a call against a single
 *       window calling alone; no number may reach two windows.
 * </ul>
 *
 * Run: {@code mvn -f bundles/org.tongban.hall/pom.xml test-compile exec:java}; {@code -Dtongban.bench.only=h2} or
 * {@code postgresql} runs one database.
 */
public final class HallBenchmark {
    private static final String ONLY = System.getProperty("tongban.bench.only", "");
    private static final int POOL = 20;
    private static final int CITIZENS = 500;
    private static final int PLACES = 100;
    private static final int WINDOWS = 200;
    private static final int NUMBERS = 2_000;
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private HallBenchmark() {}

    public static void main(String[] args) throws Exception {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        System.out.printf(
                "hall: %d bookings for %d places; call next by %d windows over %,d numbers; pool %d; %d cores%n",
                CITIZENS, PLACES, WINDOWS, NUMBERS, POOL, Runtime.getRuntime().availableProcessors());
        if (!ONLY.equals("postgresql")) {
            HikariDataSource h2 = pool("jdbc:h2:mem:hallbench;DB_CLOSE_DELAY=-1", null);
            try {
                run("h2", h2);
            } finally {
                h2.close();
            }
        }
        if (!ONLY.equals("h2")) {
            if (!Postgres.reachable()) {
                System.out.println("postgresql: not reachable at " + Postgres.URL + "; skipped");
                return;
            }
            try (PostgresSchema schema = Postgres.server().newSchema();
                    HikariDataSource pg = pool(schema.url(), schema.user())) {
                run("postgresql", pg);
            }
        }
    }

    private static void run(String name, DataSource pool) throws Exception {
        TestDatabase database = TestDatabase.migrated(pool, name, HallFixture.CHANGELOG);
        HallFixture fixture = new HallFixture(database).asLixiaAdmin();
        JdbcHallService hall = fixture.service;
        HallFixture.Setup setup = fixture.standardHall();
        bookings(name, pool, hall, setup);
        callNext(name, hall, setup);
    }

    private static void bookings(String name, DataSource pool, JdbcHallService hall, HallFixture.Setup setup)
            throws Exception {
        var group = hall.saveGroup(setup.hall().id(), "ONE", "单人号源", 5, 1);
        hall.saveWindow(setup.hall().id(), "90", "号源窗口", group.id(), List.of(HallFixture.ID_CARD));
        hall.openSlots(group.id(), MONDAY, 2);
        List<Slot> slots = hall.slots(group.id(), MONDAY, MONDAY.plusDays(1)).subList(0, PLACES);
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        long start = System.nanoTime();
        concurrently(CITIZENS, i -> {
            try {
                hall.book(100_000 + i, slots.get(i % PLACES).id(), HallFixture.ID_CARD);
                booked.incrementAndGet();
            } catch (HallException e) {
                full.incrementAndGet();
            }
        });
        long service = System.nanoTime() - start;

        // Baseline: the same conditional UPDATE alone, in plain JDBC, on a fresh copy of the counts.
        try (Connection c = pool.getConnection()) {
            c.createStatement().executeUpdate("UPDATE hall_slot SET booked = 0 WHERE group_id = " + group.id());
        }
        AtomicInteger plain = new AtomicInteger();
        start = System.nanoTime();
        concurrently(CITIZENS, i -> {
            try (Connection c = pool.getConnection();
                    PreparedStatement update = c.prepareStatement(
                            "UPDATE hall_slot SET booked = booked + 1 WHERE id = ? AND booked < capacity")) {
                update.setLong(1, slots.get(i % PLACES).id());
                plain.addAndGet(update.executeUpdate());
            }
        });
        long baseline = System.nanoTime() - start;
        System.out.printf(
                "%s bookings: %d succeeded, %d refused as full (exactly %d expected: %s); %.0f ms, plain JDBC UPDATE"
                        + " %.0f ms (%d succeeded), ratio %.1f%n",
                name,
                booked.get(),
                full.get(),
                PLACES,
                booked.get() == PLACES ? "yes" : "NO",
                service / 1e6,
                baseline / 1e6,
                plain.get(),
                (double) service / baseline);
    }

    private static void callNext(String name, JdbcHallService hall, HallFixture.Setup setup) throws Exception {
        List<Long> windows = new ArrayList<>();
        for (int w = 0; w < WINDOWS; w++) {
            HallWindow window =
                    hall.saveWindow(setup.hall().id(), "C" + w, "综合窗口", null, List.of(HallFixture.SOCIAL_SECURITY));
            windows.add(window.id());
        }
        // Baseline: one window calling alone, 200 times.
        take(hall, setup, WINDOWS);
        List<Long> alone = new ArrayList<>();
        for (int i = 0; i < WINDOWS; i++) {
            long t = System.nanoTime();
            Ticket ticket = hall.callNext(windows.getFirst()).orElseThrow();
            alone.add(System.nanoTime() - t);
            hall.finish(ticket.id(), null);
        }
        take(hall, setup, NUMBERS);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Long, Long> calledBy = new ConcurrentHashMap<>();
        AtomicInteger twice = new AtomicInteger();
        long start = System.nanoTime();
        concurrently(WINDOWS, w -> {
            while (true) {
                long t = System.nanoTime();
                Optional<Ticket> ticket = hall.callNext(windows.get(w));
                latencies.add(System.nanoTime() - t);
                if (ticket.isEmpty()) {
                    return;
                }
                if (calledBy.putIfAbsent(ticket.get().id(), windows.get(w)) != null) {
                    twice.incrementAndGet();
                }
                hall.finish(ticket.get().id(), null);
            }
        });
        long all = System.nanoTime() - start;
        System.out.printf(
                "%s call next: %,d numbers by %d windows in %.0f ms, %d called twice; p50 %.1f ms (alone %.1f ms,"
                        + " ratio %.1f), p99 %.1f ms (alone %.1f ms, ratio %.1f)%n",
                name,
                calledBy.size(),
                WINDOWS,
                all / 1e6,
                twice.get(),
                percentile(latencies, 50) / 1e6,
                percentile(alone, 50) / 1e6,
                percentile(latencies, 50) / percentile(alone, 50),
                percentile(latencies, 99) / 1e6,
                percentile(alone, 99) / 1e6,
                percentile(latencies, 99) / percentile(alone, 99));
    }

    private static void take(JdbcHallService hall, HallFixture.Setup setup, int count) {
        for (int i = 0; i < count; i++) {
            hall.takeWalkIn(setup.token(), HallFixture.SOCIAL_SECURITY, i % 10 == 0 ? Priority.ELDERLY : Priority.NONE);
        }
    }

    private static double percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    interface Task {
        void run(int index) throws Exception;
    }

    private static void concurrently(int threads, Task task) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(executor.submit(() -> {
                    go.await();
                    task.run(index);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        config.setMaximumPoolSize(POOL);
        config.setConnectionTimeout(120_000);
        return new HikariDataSource(config);
    }
}
