package org.tongban.catalogue.internal;

import static org.tongban.catalogue.CataloguePermissions.EDIT;
import static org.tongban.catalogue.CataloguePermissions.PUBLISH;
import static org.tongban.catalogue.CataloguePermissions.READ;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.ImportResult;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.synthetic.SyntheticCatalogue;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.JurisdictionTree;
import org.tongban.testing.Postgres;
import org.tongban.testing.PostgresSchema;
import org.tongban.testing.SeedJurisdictions;
import org.tongban.testing.TestDatabase;

/**
 * Prints the cost of importing a large synthetic catalogue of Jinan in one all-or-nothing import (wall time, matters
 * per second, heap peak against the heap of the document itself) and the latency and throughput of the portal's two
 * hottest reads over it (one published guide by code, one list page of a department) with 1 and 8 threads, on H2
 * (file) and PostgreSQL. Run: {@code mvn -f bundles/org.tongban.catalogue/pom.xml test-compile exec:java}, size with
 * {@code -Dtongban.bench.matters=N} (default 100,000 matters and as many FAQs).
 */
public final class CatalogueBenchmark {
    private static final int MATTERS = Integer.getInteger("tongban.bench.matters", 100_000);
    private static final int BATCH = Integer.getInteger("tongban.bench.batch", 10_000);
    private static final long WARM_UP_MS = Long.getLong("tongban.bench.warmupMs", 3_000);
    private static final long MEASURE_MS = Long.getLong("tongban.bench.measureMs", 10_000);
    private static final String CITY = "370100";

    /** Figures of one database, kept so that PostgreSQL can be compared with H2 in the same run. */
    private static final class Figures {
        double importSeconds;
        double mattersPerSecond;
        long importPeak;
        final Map<String, double[]> reads = new LinkedHashMap<>();
    }

    private CatalogueBenchmark() {}

    public static void main(String[] args) throws Exception {
        JurisdictionTree jurisdictions = SeedJurisdictions.jinan();
        usedAfterGc();
        long before = usedAfterGc();
        long start = System.nanoTime();
        CatalogueDocument document = SyntheticCatalogue.of(MATTERS, MATTERS, SyntheticCatalogue.DEFAULT_SEED)
                .document();
        double generation = seconds(start);
        long documentBytes = usedAfterGc() - before;
        System.out.printf(
                "document: %,d matters, %,d FAQs, %,d departments, %,d life events; generated in %.1f s,"
                        + " %,d MB of heap (max heap %,d MB)%n",
                document.matters().size(),
                document.faqs().size(),
                document.departments().size(),
                document.lifeEvents().size(),
                generation,
                documentBytes >> 20,
                Runtime.getRuntime().maxMemory() >> 20);

        Path folder = Files.createTempDirectory("catalogue-bench");
        Figures h2;
        try {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:file:" + folder.resolve("bench"));
            try (Pool pool = new Pool(dataSource, 8)) {
                h2 = run(
                        "H2 (file)",
                        TestDatabase.migrated(pool, "h2", CatalogueTestBase.CHANGELOG),
                        jurisdictions,
                        document);
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        h2Lines(h2, generation, documentBytes);
        postgres(jurisdictions, document, documentBytes, h2);
    }

    private static Figures run(
            String label, Database database, JurisdictionTree jurisdictions, CatalogueDocument document)
            throws SQLException {
        Figures figures = new Figures();
        FakeAccessControl access = new FakeAccessControl(jurisdictions);
        access.actAs("city.clerk", CITY, READ, EDIT, PUBLISH);
        CountingAuditLog audit = new CountingAuditLog();
        JdbcCatalogueExchange exchange = new JdbcCatalogueExchange(
                database,
                access,
                audit,
                jurisdictions,
                (t, a, p) -> {},
                CatalogueTestBase.workflows(database, access, audit, (t, a, p) -> {}));
        usedAfterGc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try {
            ImportResult result = exchange.importDocument(document, false);
            if (!result.ok() || result.created() != document.matters().size()) {
                throw new IllegalStateException(
                        "import failed: " + result.errors().stream().limit(5).toList());
            }
            figures.importSeconds = seconds(start);
        } catch (OutOfMemoryError e) {
            System.out.printf(
                    "%s: one transaction of %,d matters ran out of heap after %.0f s (%s); importing in batches of %,d%n",
                    label, document.matters().size(), seconds(start), e.getMessage(), BATCH);
            usedAfterGc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            start = System.nanoTime();
            inBatches(exchange, document);
            figures.importSeconds = seconds(start);
        }
        figures.mattersPerSecond = document.matters().size() / figures.importSeconds;
        figures.importPeak =
                heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (database.vendor().equals("postgresql")) {
            // Autovacuum would analyse the new tables shortly after a bulk import; the reads should not wait for it.
            try (Connection c = database.dataSource().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
        JdbcMatterCatalogue catalogue = new JdbcMatterCatalogue(database, jurisdictions);
        String[] codes = document.matters().stream().map(m -> m.matter().code()).toArray(String[]::new);
        Department[] departments = document.departments().toArray(Department[]::new);
        IntConsumer guide = i -> {
            String code = codes[ThreadLocalRandom.current().nextInt(codes.length)];
            if (catalogue.publishedGuide(code).isEmpty()) {
                throw new IllegalStateException("no published guide " + code);
            }
        };
        IntConsumer listPage = i -> {
            Department d = departments[ThreadLocalRandom.current().nextInt(departments.length)];
            var page = catalogue.publishedMatters(
                    new MatterQuery(d.jurisdictionCode(), d.code(), null, null, null, 0, 20));
            if (page.items().isEmpty()) {
                throw new IllegalStateException("empty list page of " + d.code());
            }
        };
        for (int threads : new int[] {1, 8}) {
            figures.reads.put(
                    "guide by code, " + threads + (threads == 1 ? " thread" : " threads"), load(guide, threads));
            figures.reads.put(
                    "list page (department, page 0 size 20), " + threads + (threads == 1 ? " thread" : " threads"),
                    load(listPage, threads));
        }
        System.out.printf(
                "%s: done (%,d matters imported, reads measured %d s each)%n", label, codes.length, MEASURE_MS / 1000);
        return figures;
    }

    /** The fallback when one transaction cannot hold the document: batches, each all or nothing, FAQs after their matters. */
    private static void inBatches(JdbcCatalogueExchange exchange, CatalogueDocument document) {
        List<DocumentMatter> matters = document.matters();
        Set<String> imported = new HashSet<>();
        List<Faq> waiting = new ArrayList<>(document.faqs());
        for (int from = 0; from < matters.size(); from += BATCH) {
            List<DocumentMatter> batch = matters.subList(from, Math.min(matters.size(), from + BATCH));
            batch.forEach(m -> imported.add(m.matter().code()));
            boolean last = from + BATCH >= matters.size();
            List<Faq> ready = waiting.stream()
                    .filter(f -> imported.containsAll(f.matterCodes()))
                    .toList();
            waiting.removeAll(new HashSet<>(ready));
            ImportResult result = exchange.importDocument(
                    new CatalogueDocument(
                            document.departments(), batch, ready, last ? document.lifeEvents() : List.of(), Map.of()),
                    false);
            if (!result.ok()) {
                throw new IllegalStateException("batch import failed: "
                        + result.errors().stream().limit(5).toList());
            }
        }
    }

    /** p50 and p99 in milliseconds and operations per second, measured after a warm-up of the same load. */
    private static double[] load(IntConsumer operation, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            measure(pool, operation, threads, WARM_UP_MS);
            long[] latencies = measure(pool, operation, threads, MEASURE_MS);
            Arrays.sort(latencies);
            return new double[] {
                latencies[latencies.length / 2] / 1e6,
                latencies[(int) Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.99) - 1)] / 1e6,
                latencies.length * 1000.0 / MEASURE_MS
            };
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] measure(ExecutorService pool, IntConsumer operation, int threads, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] times = new long[1 << 12];
                int n = 0;
                for (long now = System.nanoTime(); now < end; ) {
                    operation.accept(n);
                    long done = System.nanoTime();
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = done - now;
                    now = done;
                }
                return Arrays.copyOf(times, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            try {
                all.add(f.get());
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        return all.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static void h2Lines(Figures h2, double generation, long documentBytes) {
        String what = "H2 (file) import of " + "%,d".formatted(MATTERS) + " matters + FAQs, one transaction";
        line(what + ", wall time [s]", h2.importSeconds, "generating the document", generation);
        line(what + ", matters per second", h2.mattersPerSecond, "n/a", Double.NaN);
        line(what + ", heap peak [MB]", h2.importPeak / 1048576.0, "document alone", documentBytes / 1048576.0);
        readLines("H2 (file)", h2, null);
    }

    private static void readLines(String label, Figures figures, Figures baseline) {
        String[] metrics = {"p50 [ms]", "p99 [ms]", "throughput [ops/s]"};
        for (var entry : figures.reads.entrySet()) {
            for (int m = 0; m < metrics.length; m++) {
                String what = label + " " + entry.getKey() + ", " + metrics[m];
                if (baseline != null) {
                    line(what, entry.getValue()[m], "H2", baseline.reads.get(entry.getKey())[m]);
                } else if (entry.getKey().startsWith("guide")) {
                    String list = entry.getKey().replace("guide by code", "list page (department, page 0 size 20)");
                    line(what, entry.getValue()[m], "list page", figures.reads.get(list)[m]);
                } else {
                    String guide = entry.getKey().replace("list page (department, page 0 size 20)", "guide by code");
                    line(
                            what,
                            entry.getValue()[m],
                            "guide by code",
                            figures.reads.get(guide)[m]);
                }
            }
        }
    }

    private static void line(String what, double value, String baselineName, double baseline) {
        System.out.printf(
                "%s: %s (baseline %s), ratio %s%n",
                what,
                number(value),
                Double.isNaN(baseline) ? baselineName : baselineName + " " + number(baseline),
                Double.isNaN(baseline) ? "n/a" : "%.2f".formatted(value / baseline));
    }

    private static String number(double value) {
        return value >= 100
                ? "%,.0f".formatted(value)
                : value >= 10 ? "%.1f".formatted(value) : "%.3f".formatted(value);
    }

    private static void postgres(
            JurisdictionTree jurisdictions, CatalogueDocument document, long documentBytes, Figures h2)
            throws Exception {
        if (!Postgres.reachable()) {
            System.out.println("PostgreSQL: not reachable at " + Postgres.URL + "; skipped");
            return;
        }
        Figures pg;
        try (PostgresSchema schema = Postgres.server().newSchema();
                Pool pool = new Pool(schema.dataSource(), 8)) {
            pg = run(
                    "PostgreSQL",
                    TestDatabase.migrated(pool, "postgresql", CatalogueTestBase.CHANGELOG),
                    jurisdictions,
                    document);
        }
        String what = "PostgreSQL import of " + "%,d".formatted(MATTERS) + " matters + FAQs, one transaction";
        line(what + ", wall time [s]", pg.importSeconds, "H2", h2.importSeconds);
        line(what + ", matters per second", pg.mattersPerSecond, "H2", h2.mattersPerSecond);
        line(what + ", heap peak [MB]", pg.importPeak / 1048576.0, "document alone", documentBytes / 1048576.0);
        readLines("PostgreSQL", pg, h2);
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Counts instead of keeping entries: the hash-chained log belongs to the security bundle and is not measured. */
    private static final class CountingAuditLog implements AuditLog {
        final AtomicLong entries = new AtomicLong();

        @Override
        public void record(String action, String target, String detail) {
            entries.incrementAndGet();
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChainVerification verify() {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * A fixed pool of open connections, as the persistence bundle's pool gives the services in production: without it
     * every read would pay for a new connection.
     */
    private static final class Pool implements DataSource, AutoCloseable {
        private final DataSource target;
        private final BlockingQueue<Connection> idle;
        private final List<Connection> all = new CopyOnWriteArrayList<>();
        private final AtomicInteger open = new AtomicInteger();
        private final int size;

        Pool(DataSource target, int size) {
            this.target = target;
            this.size = size;
            this.idle = new ArrayBlockingQueue<>(size);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = idle.poll();
            if (c == null && open.incrementAndGet() <= size) {
                c = target.getConnection();
                all.add(c);
            } else if (c == null) {
                open.decrementAndGet();
                try {
                    c = idle.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException(e);
                }
            }
            Connection real = c;
            AtomicInteger closed = new AtomicInteger();
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            if (closed.getAndIncrement() == 0) {
                                if (!real.getAutoCommit()) {
                                    real.rollback();
                                    real.setAutoCommit(true);
                                }
                                idle.add(real);
                            }
                            return null;
                        }
                        if (method.getName().equals("isClosed")) {
                            return closed.get() > 0 || real.isClosed();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public void close() throws SQLException {
            for (Connection c : all) {
                c.close();
            }
        }

        @Override
        public Connection getConnection(String username, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
