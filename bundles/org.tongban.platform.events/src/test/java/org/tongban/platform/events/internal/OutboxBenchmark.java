package org.tongban.platform.events.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.events.EventHandler;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.jdbc.JdbcTransactions;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.testing.TestDatabase;

/**
 * Prints the delivery rate of the outbox across two nodes that lose one of their number on the way. 100,000 events
 * are published by this process in transactions of 100 (a third node with no handlers) into a throw-away
 * PostgreSQL schema, while two node processes (separate JVMs on the test class path, each an {@link EventsComponent}
 * with its own pool of 10) deliver them to the same three handlers: two cluster-scoped ones that write a row per
 * event in the delivery's transaction, and a node-scoped one that does the same for its node. After 30,000 events
 * the node that delivered the latest cluster batch is killed ({@code kill -9}); the survivor finishes alone. The
 * killed node is then started again under its own id and catches its node-scoped handler up. The run checks that
 * each cluster handler's rows hold every event exactly once, and that the node-scoped handler of each node did too.
 * The baseline, in the same run, is a plain single-threaded JDBC loop over one connection that inserts the same
 * 100,000 rows in transactions of 100 and then reads them back 100 at a time, writing the three handlers' rows in
 * one transaction per handler and batch.
 *
 * <p>Run: {@code mvn -f bundles/org.tongban.platform.events/pom.xml test-compile exec:java}; size with {@code
 * -Dtongban.bench.events=N} (100,000), {@code -Dtongban.bench.killAfter=N} (30% of the events) and {@code
 * -Dtongban.bench.pollMillis=N} (how often an idle node looks for events, 250 ms).
 */
public final class OutboxBenchmark {
    private static final int EVENTS = Integer.getInteger("tongban.bench.events", 100_000);
    private static final int PER_TRANSACTION = Integer.getInteger("tongban.bench.eventsPerTransaction", 100);
    private static final int KILL_AFTER = Integer.getInteger("tongban.bench.killAfter", EVENTS * 3 / 10);
    private static final int POLL_MILLIS = Integer.getInteger("tongban.bench.pollMillis", 250);
    private static final int BATCH = 100;
    private static final int POOL = 10;
    private static final String TOPIC = "case/ACCEPTED";
    private static final List<String> CLUSTER = List.of("bench-ledger", "bench-notify");
    private static final String NODE = "bench-index";
    private static final String READY = "READY";
    private static final String STOP = "STOP";
    /** Held so that its level stays set (the logging framework keeps loggers only weakly). */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    private OutboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        quietLogging();
        if (args.length == 4 && args[0].equals("node")) {
            node(args[1], args[2], args[3]);
            return;
        }
        String url = System.getProperty("tongban.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
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
        System.out.printf(
                "outbox: %,d events in transactions of %d, 2 nodes x 3 handlers (2 cluster, 1 node), delivery"
                        + " batches of %d, poll %d ms, kill -9 after %,d; %d cores, load %.1f%n",
                EVENTS,
                PER_TRANSACTION,
                BATCH,
                POLL_MILLIS,
                KILL_AFTER,
                Runtime.getRuntime().availableProcessors(),
                load());
        String schema =
                "tb_outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        admin.setUser(user);
        execute(admin, "CREATE SCHEMA " + schema);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(schemaUrl);
            ds.setUser(user);
            TestDatabase.migrated(ds, "postgresql", "db/events-changelog.xml");
            execute(
                    ds,
                    "CREATE TABLE delivered (handler VARCHAR(50) NOT NULL, node VARCHAR(50) NOT NULL,"
                            + " seq BIGINT NOT NULL, aggregate VARCHAR(200) NOT NULL)");
            double baseline = baseline(ds);
            double platform = platform(ds, schemaUrl, user);
            System.out.printf(
                    "outbox: platform/baseline %.2fx the events per second (2 nodes with a kill -9, against one"
                            + " plain JDBC loop)%n",
                    platform / baseline);
        } finally {
            execute(admin, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Baseline

    /** Returns events per second. */
    private static double baseline(DataSource ds) throws SQLException {
        execute(
                ds,
                "CREATE TABLE plain_event (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " topic VARCHAR(100) NOT NULL, aggregate VARCHAR(200) NOT NULL,"
                        + " payload VARCHAR(8000) NOT NULL, published_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        execute(
                ds,
                "CREATE TABLE plain_delivered (handler VARCHAR(50) NOT NULL, node VARCHAR(50) NOT NULL,"
                        + " seq BIGINT NOT NULL, aggregate VARCHAR(200) NOT NULL)");
        List<String> handlers = new ArrayList<>(CLUSTER);
        handlers.add(NODE);
        long start = System.nanoTime();
        long inserted;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO plain_event (topic, aggregate, payload, published_at) VALUES (?, ?, ?, ?)")) {
                for (int n = 1; n <= EVENTS; n++) {
                    insert.setString(1, TOPIC);
                    insert.setString(2, aggregate(n));
                    insert.setString(3, PayloadJson.write(payload(n)));
                    Jdbc.setInstant(insert, 4, Instant.now().truncatedTo(ChronoUnit.MICROS));
                    insert.executeUpdate();
                    if (n % PER_TRANSACTION == 0) {
                        c.commit();
                    }
                }
                c.commit();
            }
            inserted = System.nanoTime();
            long last = 0;
            try (PreparedStatement read = c.prepareStatement("SELECT id, topic, aggregate, payload, published_at"
                            + " FROM plain_event WHERE id > ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
                    PreparedStatement write = c.prepareStatement(
                            "INSERT INTO plain_delivered (handler, node, seq, aggregate) VALUES (?, ?, ?, ?)")) {
                while (true) {
                    read.setLong(1, last);
                    List<DomainEvent> events = new ArrayList<>();
                    try (ResultSet rs = read.executeQuery()) {
                        while (rs.next()) {
                            events.add(new DomainEvent(
                                    rs.getLong("id"),
                                    rs.getString("topic"),
                                    rs.getString("aggregate"),
                                    PayloadJson.read(rs.getString("payload")),
                                    Jdbc.instant(rs, "published_at")));
                        }
                    }
                    c.commit();
                    if (events.isEmpty()) {
                        break;
                    }
                    for (String handler : handlers) {
                        for (DomainEvent event : events) {
                            write.setString(1, handler);
                            write.setString(2, "plain");
                            write.setLong(3, event.sequence());
                            write.setString(4, event.aggregate());
                            write.executeUpdate();
                        }
                        c.commit();
                    }
                    last = events.getLast().sequence();
                }
            }
            c.setAutoCommit(true);
        }
        long end = System.nanoTime();
        long rows = count(ds, "SELECT COUNT(*) FROM plain_delivered");
        double perSecond = EVENTS * 1e9 / (end - start);
        System.out.printf(
                "outbox: plain JDBC loop (baseline): %,d events inserted in %.1f s, read and %,d rows written in %.1f s;"
                        + " %,.0f events/s, %,.0f deliveries/s%n",
                EVENTS, (inserted - start) / 1e9, rows, (end - inserted) / 1e9, perSecond, rows * 1e9 / (end - start));
        return perSecond;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Platform: two node processes and a kill -9

    /** Returns events per second, from the first publish until every handler of the survivor has them all. */
    private static double platform(DataSource ds, String url, String user) throws Exception {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (String id : List.of("node-1", "node-2")) {
            nodes.put(id, Node.start(id, url, user));
        }
        for (Node node : nodes.values()) {
            node.awaitReady();
        }
        HikariDataSource pool = pool(url, user);
        Transactions tx = new JdbcTransactions(pool);
        EventsComponent publisher =
                new EventsComponent(tx, new AllowAll(), new NoAudit(), config(), "publisher", Clock.systemUTC());
        String[] killed = new String[1];
        long[] killedAt = new long[1];
        CountDownLatch killDone = new CountDownLatch(1);
        long start = System.nanoTime();
        Thread killer = Thread.ofPlatform().name("killer").start(() -> {
            try {
                while (position(ds, CLUSTER.getFirst(), "*") < KILL_AFTER) {
                    Thread.sleep(20);
                }
                // The node that delivered the latest batch of the first cluster handler: most likely mid-delivery.
                String victim = tx.read(c -> Jdbc.one(
                                c,
                                "SELECT node FROM delivered WHERE handler = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY",
                                r -> r.getString(1),
                                CLUSTER.getFirst()))
                        .orElse("node-1");
                long delivered = position(ds, CLUSTER.getFirst(), "*");
                nodes.get(victim).process.destroyForcibly();
                killedAt[0] = System.nanoTime();
                killed[0] = victim;
                Map<String, Long> rows = new LinkedHashMap<>();
                tx.read(c -> Jdbc.list(
                        c,
                        "SELECT handler, node, COUNT(*) FROM delivered GROUP BY handler, node"
                                + " ORDER BY handler, node",
                        r -> rows.put(r.getString(1) + "@" + r.getString(2), r.getLong(3))));
                System.out.printf(
                        "outbox: kill -9 %s (pid %d) at %,d events delivered to %s, %.1f s in; rows then %s%n",
                        victim,
                        nodes.get(victim).process.pid(),
                        delivered,
                        CLUSTER.getFirst(),
                        (killedAt[0] - start) / 1e9,
                        rows);
            } catch (Exception e) {
                System.out.println("outbox: kill failed: " + e);
            } finally {
                killDone.countDown();
            }
        });
        for (int first = 1; first <= EVENTS; first += PER_TRANSACTION) {
            int from = first;
            tx.required(c -> {
                for (int n = from; n < from + PER_TRANSACTION && n <= EVENTS; n++) {
                    publisher.publish(TOPIC, aggregate(n), payload(n));
                }
                return null;
            });
        }
        long published = System.nanoTime();
        killDone.await();
        killer.join();
        if (killed[0] == null) {
            throw new IllegalStateException("no node was killed");
        }
        String survivor = killed[0].equals("node-1") ? "node-2" : "node-1";
        nodes.get(killed[0]).process.waitFor();
        // Drained: every event sequenced, and every handler of the survivor past the last one.
        while (count(ds, "SELECT last_seq FROM platform_outbox_head WHERE id = 1") < EVENTS
                || position(ds, CLUSTER.get(0), "*") < EVENTS
                || position(ds, CLUSTER.get(1), "*") < EVENTS
                || position(ds, NODE, survivor) < EVENTS) {
            Thread.sleep(20);
        }
        long drained = System.nanoTime();
        long deliveries = count(ds, "SELECT COUNT(*) FROM delivered");
        publisher.stop();

        // The killed node comes back under its own id and catches its node handler up.
        long restart = System.nanoTime();
        Node again = Node.start(killed[0], url, user);
        again.awaitReady();
        nodes.put(killed[0], again);
        while (position(ds, NODE, killed[0]) < EVENTS) {
            Thread.sleep(20);
        }
        long caughtUp = System.nanoTime();
        for (Node node : nodes.values()) {
            node.stop();
        }
        pool.close();

        double seconds = (drained - start) / 1e9;
        System.out.printf(
                "outbox: platform: %,d events published in %.1f s (%,.0f/s); all delivered %.1f s after the first"
                        + " publish, drained %.1f s after the last; %,.0f events/s, %,.0f deliveries/s (%,d rows)%n",
                EVENTS,
                (published - start) / 1e9,
                EVENTS * 1e9 / (published - start),
                seconds,
                (drained - published) / 1e9,
                EVENTS / seconds,
                deliveries / seconds,
                deliveries);
        System.out.printf(
                "outbox: %s restarted: its node handler caught up in %.1f s%n", killed[0], (caughtUp - restart) / 1e9);
        check(ds, killed[0], survivor);
        return EVENTS / seconds;
    }

    /** Each cluster handler got every event exactly once; so did the node handler of each node. */
    private static void check(DataSource ds, String killed, String survivor) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String handler : CLUSTER) {
            long[] f = figures(ds, "handler = '" + handler + "'");
            Map<String, Long> byNode = new LinkedHashMap<>();
            try (Connection c = ds.getConnection();
                    PreparedStatement ps = c.prepareStatement(
                            "SELECT node, COUNT(*) FROM delivered WHERE handler = ? GROUP BY node ORDER BY node")) {
                ps.setString(1, handler);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byNode.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            lines.add(String.format("%s (cluster) %,d rows, %,d distinct, by node %s", handler, f[0], f[1], byNode));
            expectAll(problems, handler, f);
        }
        for (String node : List.of(survivor, killed)) {
            long[] f = figures(ds, "handler = '" + NODE + "' AND node = '" + node + "'");
            lines.add(String.format(
                    "%s (node) on %s%s %,d rows, %,d distinct",
                    NODE, node, node.equals(killed) ? " (killed, restarted)" : "", f[0], f[1]));
            expectAll(problems, NODE + "@" + node, f);
        }
        long dead = count(ds, "SELECT COUNT(*) FROM platform_event_dead");
        if (dead > 0) {
            problems.add(dead + " dead letters");
        }
        System.out.printf(
                "outbox: check: %s; %d dead letters -> %s%n",
                String.join("; ", lines),
                dead,
                problems.isEmpty() ? "OK, none lost, none duplicated" : "FAILED: " + String.join("; ", problems));
    }

    /** Rows, distinct sequence numbers, lowest and highest. */
    private static long[] figures(DataSource ds, String where) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT seq), COALESCE(MIN(seq), 0),"
                        + " COALESCE(MAX(seq), 0) FROM delivered WHERE " + where)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
        }
    }

    private static void expectAll(List<String> problems, String what, long[] f) {
        if (f[0] != EVENTS || f[1] != EVENTS || f[2] != 1 || f[3] != EVENTS) {
            problems.add(String.format(
                    "%s: %d rows, %d distinct, seq %d-%d (expected %d once each)",
                    what, f[0], f[1], f[2], f[3], EVENTS));
        }
    }

    private static long position(DataSource ds, String handler, String node) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT position FROM platform_event_cursor WHERE handler = ? AND node = ?")) {
            ps.setString(1, handler);
            ps.setString(2, node);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** A node process: started on this class path, ready once its handlers have their positions. */
    private record Node(String id, Process process, CountDownLatch ready) {

        static Node start(String id, String url, String user) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(
                            java,
                            "-Xmx384m",
                            "-cp",
                            classPath(),
                            OutboxBenchmark.class.getName(),
                            "node",
                            id,
                            url,
                            user)
                    .redirectErrorStream(true)
                    .start();
            Node node = new Node(id, process, new CountDownLatch(1));
            Thread.ofPlatform().daemon(true).name("out-" + id).start(() -> {
                try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.equals(READY)) {
                            node.ready.countDown();
                        } else {
                            System.out.println("  [" + id + "] " + line);
                        }
                    }
                } catch (java.io.IOException ended) {
                    // the process is gone
                }
            });
            return node;
        }

        void awaitReady() throws InterruptedException {
            if (!ready.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException(id + " did not start");
            }
        }

        void stop() throws Exception {
            if (process.isAlive()) {
                process.getOutputStream().write((STOP + "\n").getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().flush();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    /** The class path of this run: Maven's exec:java runs the main in a class loader of its own. */
    private static String classPath() throws URISyntaxException {
        if (OutboxBenchmark.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /** The body of a node process: an events component with the three handlers, until told to stop. */
    private static void node(String id, String url, String user) throws Exception {
        HikariDataSource pool = pool(url, user);
        Transactions tx = new JdbcTransactions(pool);
        EventsComponent node = new EventsComponent(tx, new AllowAll(), new NoAudit(), config(), id, Clock.systemUTC());
        for (String name : CLUSTER) {
            node.addHandler(writer(tx, name, id), properties(name, EventHandler.CLUSTER));
        }
        node.addHandler(writer(tx, NODE, id), properties(NODE, EventHandler.NODE));
        node.deliverNow(); // creates the positions: the node handler starts at the newest event
        node.start();
        System.out.println(READY);
        System.out.flush();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && !line.equals(STOP); line = in.readLine()) {
                // wait
            }
        }
        node.stop();
        pool.close();
        System.exit(0);
    }

    /** A handler that writes a row per event in the delivery's transaction. */
    private static DomainEventHandler writer(Transactions tx, String name, String nodeId) {
        return event -> Jdbc.update(
                tx.connection(),
                "INSERT INTO delivered (handler, node, seq, aggregate) VALUES (?, ?, ?, ?)",
                name,
                nodeId,
                event.sequence(),
                event.aggregate());
    }

    private static Map<String, Object> properties(String name, String scope) {
        Map<String, Object> props = new HashMap<>();
        props.put(DomainEventHandler.NAME, name);
        props.put(DomainEventHandler.TOPICS, new String[] {"case/*"});
        props.put(DomainEventHandler.SCOPE, scope);
        return props;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String aggregate(int n) {
        return "case/SL-2026-" + n;
    }

    private static Map<String, String> payload(int n) {
        return Map.of("case", "SL-2026-" + n, "matter", "食品经营许可", "jurisdiction", "370102");
    }

    /** The platform's pool (see PooledDatabase). */
    private static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bench");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(POOL);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    private static EventsConfig config() {
        return new EventsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EventsConfig.class;
            }

            @Override
            public int pollMillis() {
                return POLL_MILLIS;
            }

            @Override
            public int batchSize() {
                return BATCH;
            }

            @Override
            public int maxAttempts() {
                return 8;
            }

            @Override
            public int retryBaseMillis() {
                return 1000;
            }

            @Override
            public int retentionDays() {
                return 7;
            }
        };
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Warnings only: Liquibase and the pool would otherwise log every step. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }
}
