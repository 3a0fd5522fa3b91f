package org.tongban.search.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.synthetic.SyntheticCatalogue;
import org.tongban.search.SearchDocument;
import org.tongban.search.SynonymEntry;
import org.tongban.search.internal.analysis.TermDictionary;
import org.tongban.search.internal.analysis.TextAnalysis;
import org.tongban.search.internal.elastic.ElasticBackend;
import org.tongban.search.internal.elastic.ElasticSettings;
import org.tongban.search.internal.lucene.LuceneBackend;

/**
 * Prints, side by side on the synthetic catalogue of Jinan (100,000 matters and as many FAQs), embedded Lucene,
 * Elasticsearch and the SQL {@code LIKE '%…%'} search most portals use (H2 file and PostgreSQL): full reindex (or table
 * load) time, size on disk, the share of queries that find anything and that find the right matter, and query p50,
 * p99 and throughput with 1 and 8 threads, as ratios to LIKE on H2. Run: {@code mvn -f
 * bundles/org.tongban.search/pom.xml test-compile exec:java}; see the README for the properties.
 */
public final class SearchBenchmark {
    private static final int MATTERS = Integer.getInteger("tongban.bench.matters", 100_000);
    private static final long WARM_UP_MS = Long.getLong("tongban.bench.warmupMs", 3_000);
    private static final long MEASURE_MS = Long.getLong("tongban.bench.measureMs", 10_000);
    private static final int NAME_WORDS = Integer.getInteger("tongban.bench.nameWords", 200);
    private static final long SEED = Long.getLong("tongban.bench.seed", 20_260_301L);
    // One list for the whole run, as the dictionary service hands out: the engine rebuilds its matcher when it changes.
    private static final List<SynonymEntry> SYNONYMS = SynonymStore.defaults();
    private static final List<String> JURISDICTIONS = Arrays.stream(
                    System.getProperty("tongban.bench.jurisdictions", "370100,370102")
                            .split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    private static final String ES_URL = System.getProperty("tongban.es.url", "http://127.0.0.1:9200");
    private static final String PG_URL = System.getProperty("tongban.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final int[] THREADS = {1, 8};
    private static final double TARGET_P99_MS = 20;
    private static final String DEMO = "org.tongban.catalogue/src/main/resources/demo/catalogue-jinan.json";
    private static final String BASELINE = "H2 LIKE";
    private static final List<String> SKIP =
            List.of(System.getProperty("tongban.bench.skip", "").toLowerCase().split(","));

    /** What building one target cost: reindex or table load, and its size on disk. */
    private record Built(BenchTarget target, String build, double seconds, String size, long bytes) {}

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        quietLogging();
        long start = System.nanoTime();
        List<SearchDocument> docs = corpus();
        System.out.printf(
                "corpus: %,d search documents (matters and FAQs) from %,d synthetic matters in %.1f s; searched as a"
                        + " citizen of %s; max heap %,d MB%n",
                docs.size(),
                MATTERS,
                seconds(start),
                JURISDICTIONS,
                Runtime.getRuntime().maxMemory() >> 20);
        QueryMix mix = QueryMix.of(docs, demoCatalogue(), NAME_WORDS, SEED);
        System.out.printf(
                "queries: %,d different (%,d judged, the rest drawn from matter names), a sequence of %,d;"
                        + " warm-up %d s, measured %d s per target and concurrency%n",
                mix.distinct().size(),
                mix.distinct().stream()
                        .filter(q -> !q.category().equals(QueryMix.NAME_WORD))
                        .count(),
                mix.sequence().size(),
                WARM_UP_MS / 1000,
                MEASURE_MS / 1000);

        Path folder = Files.createTempDirectory("search-bench");
        List<AutoCloseable> cleanup = new ArrayList<>();
        Map<String, Built> built = new LinkedHashMap<>();
        try {
            built.put(BASELINE, like(LikeBaseline.h2(folder.resolve("h2"), JURISDICTIONS), docs, cleanup));
            built.put("Lucene", lucene(folder.resolve("lucene"), docs, cleanup));
            Built elastic = SKIP.contains("elasticsearch") ? null : elastic(docs, cleanup);
            if (elastic != null) {
                built.put("Elasticsearch", elastic);
            }
            LikeBaseline postgres = SKIP.contains("postgresql") ? null : postgres();
            if (postgres != null) {
                built.put("PostgreSQL LIKE", like(postgres, docs, cleanup));
            }

            Map<String, Shares> shares = new LinkedHashMap<>();
            for (Built b : built.values()) {
                shares.put(b.target().label(), Shares.of(b.target(), mix));
            }
            Map<String, LatencyLoad.Figures> loads = new LinkedHashMap<>();
            for (int threads : THREADS) {
                for (Built b : built.values()) {
                    System.gc();
                    LatencyLoad.Figures f =
                            LatencyLoad.run(b.target(), mix.sequence(), threads, WARM_UP_MS, MEASURE_MS);
                    loads.put(key(b.target().label(), threads), f);
                    System.out.printf(
                            "%s, %s: %,d queries measured%n", b.target().label(), threads(threads), f.queries());
                }
            }
            System.out.println();
            buildLines(built, docs.size());
            System.out.println();
            shareLines(shares);
            System.out.println();
            latencyLines(built, loads);
        } finally {
            for (AutoCloseable c : cleanup.reversed()) {
                try {
                    c.close();
                } catch (Exception e) {
                    System.out.println("cleanup: " + e);
                }
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Generated in a method of its own, so the catalogue document can be collected once it is mapped. */
    private static List<SearchDocument> corpus() {
        CatalogueDocument catalogue = SyntheticCatalogue.of(MATTERS, MATTERS, SyntheticCatalogue.DEFAULT_SEED)
                .document();
        return SyntheticCorpus.documents(catalogue);
    }

    private static Built lucene(Path folder, List<SearchDocument> docs, List<AutoCloseable> cleanup) {
        GuideSearchEngine engine = new GuideSearchEngine(
                new LuceneBackend(folder), new TextAnalysis(TermDictionary.standard()), () -> SYNONYMS);
        cleanup.add(engine);
        System.out.println("Lucene: full reindex…");
        System.gc();
        long start = System.nanoTime();
        engine.reindex(docs);
        double seconds = seconds(start);
        System.out.printf(
                "Lucene: %,d documents indexed in %.1f s%n", engine.status().documents(), seconds);
        return new Built(
                BenchTarget.engine("Lucene", engine, JURISDICTIONS),
                "full reindex",
                seconds,
                "index on disk",
                folderBytes(folder));
    }

    private static Built elastic(List<SearchDocument> docs, List<AutoCloseable> cleanup) throws Exception {
        String unreachable = elasticUnreachable();
        if (unreachable != null) {
            System.out.println("Elasticsearch: not reachable at " + ES_URL + " (" + unreachable + "); skipped");
            return null;
        }
        // An alias of its own, never the portal's tongban-guides; its indices are dropped at the end.
        String alias = "tb-bench-" + UUID.randomUUID().toString().substring(0, 8);
        ElasticBackend backend = new ElasticBackend(
                new ElasticSettings(ES_URL, alias, System.getProperty("tongban.bench.esAnalyzer", "standard"), 0));
        GuideSearchEngine engine =
                new GuideSearchEngine(backend, new TextAnalysis(TermDictionary.standard()), () -> SYNONYMS);
        cleanup.add(engine);
        cleanup.add(backend::dropIndices);
        System.out.println("Elasticsearch: full reindex into alias " + alias + "…");
        System.gc();
        long start = System.nanoTime();
        engine.reindex(docs);
        double seconds = seconds(start);
        System.out.printf(
                "Elasticsearch: %,d documents indexed in %.1f s%n",
                engine.status().documents(), seconds);
        return new Built(
                BenchTarget.engine("Elasticsearch", engine, JURISDICTIONS),
                "full reindex",
                seconds,
                "index store (_stats, primaries)",
                elasticStoreBytes(alias));
    }

    private static Built like(LikeBaseline like, List<SearchDocument> docs, List<AutoCloseable> cleanup)
            throws SQLException {
        cleanup.add(like);
        System.out.println(like.label() + ": loading the table…");
        System.gc();
        long start = System.nanoTime();
        like.load(docs);
        double seconds = seconds(start);
        like.analyze();
        System.out.printf("%s: %,d rows loaded in %.1f s%n", like.label(), docs.size(), seconds);
        return new Built(
                like,
                "table load (batched inserts)",
                seconds,
                like.label().startsWith("H2") ? "database file" : "table with index and TOAST",
                like.sizeBytes());
    }

    private static LikeBaseline postgres() throws SQLException {
        for (String user : new String[] {"postgres", System.getProperty("user.name")}) {
            try (Connection ignored = DriverManager.getConnection(PG_URL, user, null)) {
                return LikeBaseline.postgres(PG_URL, user, JURISDICTIONS);
            } catch (SQLException e) {
                System.out.println("PostgreSQL: " + user + ": " + e.getMessage());
            }
        }
        System.out.println("PostgreSQL: not reachable at " + PG_URL + "; skipped");
        return null;
    }

    /** Per category: queries, queries with a hit, answerable queries, answered queries. */
    private record Shares(Map<String, int[]> byCategory) {
        static Shares of(BenchTarget target, QueryMix mix) throws Exception {
            Map<String, int[]> counts = new LinkedHashMap<>();
            Map<String, Long> nanos = new LinkedHashMap<>();
            long start = System.nanoTime();
            try (BenchTarget.Session session = target.open()) {
                for (QueryMix.BenchQuery q : mix.distinct()) {
                    long before = System.nanoTime();
                    BenchTarget.Answer answer = session.search(q.text());
                    nanos.put(q.text(), System.nanoTime() - before);
                    boolean hit = answer.total() > 0;
                    boolean answerable = !q.expected().isEmpty();
                    boolean answered = answer.titles().stream()
                            .anyMatch(t -> q.expected().stream().anyMatch(t::contains));
                    List<String> keys = q.category().equals(QueryMix.NAME_WORD)
                            ? List.of(q.category(), "all")
                            : List.of(q.category(), "judged", "all");
                    for (String k : keys) {
                        int[] c = counts.computeIfAbsent(k, x -> new int[4]);
                        c[0]++;
                        c[1] += hit ? 1 : 0;
                        c[2] += answerable ? 1 : 0;
                        c[3] += answerable && answered ? 1 : 0;
                    }
                }
            }
            System.out.printf(
                    "%s: %,d different queries run once each in %.1f s; slowest: %s%n",
                    target.label(),
                    mix.distinct().size(),
                    seconds(start),
                    String.join(
                            ", ",
                            nanos.entrySet().stream()
                                    .sorted(Map.Entry.<String, Long>comparingByValue()
                                            .reversed())
                                    .limit(5)
                                    .map(e -> e.getKey() + " " + number(e.getValue() / 1e6) + " ms")
                                    .toList()));
            // Categories first, then the sums.
            Map<String, int[]> ordered = new LinkedHashMap<>();
            counts.forEach((k, v) -> {
                if (!k.equals("judged") && !k.equals("all")) {
                    ordered.put(k, v);
                }
            });
            ordered.put("judged", counts.get("judged"));
            ordered.put("all", counts.get("all"));
            return new Shares(ordered);
        }
    }

    private static void buildLines(Map<String, Built> built, int documents) {
        Built h2 = built.get(BASELINE);
        for (Built b : built.values()) {
            line(
                    "%s %s, %,d documents [s]".formatted(b.target().label(), b.build(), documents),
                    b.seconds(),
                    b == h2 ? null : BASELINE + " " + h2.build(),
                    h2.seconds());
        }
        for (Built b : built.values()) {
            line(
                    "%s %s [MB]".formatted(b.target().label(), b.size()),
                    b.bytes() / 1048576.0,
                    b == h2 ? null : BASELINE + " " + h2.size(),
                    h2.bytes() / 1048576.0);
        }
    }

    private static void shareLines(Map<String, Shares> shares) {
        Shares h2 = shares.get(BASELINE);
        for (var entry : shares.entrySet()) {
            boolean baseline = entry.getKey().equals(BASELINE);
            for (var category : entry.getValue().byCategory().entrySet()) {
                int[] c = category.getValue();
                int[] b = h2.byCategory().get(category.getKey());
                line(
                        "%s share of queries with a hit, %s (%d queries) [%%]"
                                .formatted(entry.getKey(), category.getKey(), c[0]),
                        100.0 * c[1] / c[0],
                        baseline ? null : BASELINE,
                        100.0 * b[1] / b[0]);
            }
            for (var category : entry.getValue().byCategory().entrySet()) {
                int[] c = category.getValue();
                int[] b = h2.byCategory().get(category.getKey());
                if (c[2] == 0) {
                    continue;
                }
                line(
                        "%s share answered on the first page, %s (%d answerable) [%%]"
                                .formatted(entry.getKey(), category.getKey(), c[2]),
                        100.0 * c[3] / c[2],
                        baseline ? null : BASELINE,
                        100.0 * b[3] / b[2]);
            }
        }
    }

    private static void latencyLines(Map<String, Built> built, Map<String, LatencyLoad.Figures> loads) {
        String[] metrics = {"p50 [ms]", "p99 [ms]", "throughput [queries/s]", "CPU per query in this JVM [ms]"};
        for (int threads : THREADS) {
            LatencyLoad.Figures h2 = loads.get(key(BASELINE, threads));
            for (String label : built.keySet()) {
                LatencyLoad.Figures f = loads.get(key(label, threads));
                for (int m = 0; m < metrics.length; m++) {
                    // Only Lucene's CPU is all in this JVM, like H2's; the servers' share is not seen.
                    boolean inProcess = m < 3 || label.equals("Lucene");
                    line(
                            "%s, %s, %s".formatted(label, threads(threads), metrics[m])
                                    + (inProcess || label.equals(BASELINE) ? "" : " (client side only)"),
                            metric(f, m),
                            label.equals(BASELINE) || !inProcess ? null : BASELINE,
                            metric(h2, m));
                }
            }
            LatencyLoad.Figures pg = loads.get(key("PostgreSQL LIKE", threads));
            LatencyLoad.Figures lucene = loads.get(key("Lucene", threads));
            if (pg != null) {
                for (int m = 0; m < 3; m++) {
                    line(
                            "Lucene against PostgreSQL LIKE, %s, %s".formatted(threads(threads), metrics[m]),
                            metric(lucene, m),
                            "PostgreSQL LIKE",
                            metric(pg, m));
                }
            }
        }
        StringBuilder target = new StringBuilder("Lucene p99 target of %.0f ms:".formatted(TARGET_P99_MS));
        for (int threads : THREADS) {
            LatencyLoad.Figures f = loads.get(key("Lucene", threads));
            line("Lucene, %s, p99 [ms]".formatted(threads(threads)), f.p99(), "target", TARGET_P99_MS);
            target.append(" %s at %s (%s ms);"
                    .formatted(f.p99() < TARGET_P99_MS ? "met" : "missed", threads(threads), number(f.p99())));
        }
        System.out.println(target.substring(0, target.length() - 1));
    }

    private static double metric(LatencyLoad.Figures f, int m) {
        return switch (m) {
            case 0 -> f.p50();
            case 1 -> f.p99();
            case 2 -> f.throughput();
            default -> f.cpuMs();
        };
    }

    /** One figure in the benchmarks' common form; a null baseline name marks the baseline's own line. */
    private static void line(String what, double value, String baselineName, double baseline) {
        boolean none = baselineName == null || Double.isNaN(baseline);
        System.out.printf(
                "%s: %s (baseline %s), ratio %s%n",
                what,
                number(value),
                none ? "n/a" : baselineName + " " + number(baseline),
                none || baseline == 0 ? "n/a" : "%.2f".formatted(value / baseline));
    }

    private static String number(double value) {
        return value >= 100
                ? "%,.0f".formatted(value)
                : value >= 10 ? "%.1f".formatted(value) : "%.3f".formatted(value);
    }

    private static String key(String label, int threads) {
        return label + "/" + threads;
    }

    private static String threads(int threads) {
        return threads + (threads == 1 ? " thread" : " threads");
    }

    /** Null when the node answers its health check, else why not. */
    private static String elasticUnreachable() {
        try {
            HttpResponse<String> response = http(ES_URL + "/_cluster/health");
            return response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static long elasticStoreBytes(String alias) throws Exception {
        HttpResponse<String> response = http(ES_URL + "/" + alias + "/_stats/store");
        return new ObjectMapper()
                .readTree(response.body())
                .path("_all")
                .path("primaries")
                .path("store")
                .path("size_in_bytes")
                .asLong(-1);
    }

    private static HttpResponse<String> http(String url) throws Exception {
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static long folderBytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The demo catalogue the judged queries refer to, looked up above the classes (the working folder varies). */
    private static Path demoCatalogue() {
        if (System.getProperty(RelevanceHarness.CORPUS_PROPERTY) != null) {
            return Path.of(System.getProperty(RelevanceHarness.CORPUS_PROPERTY));
        }
        Path dir = Path.of(SearchBenchmark.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(DEMO))) {
                return p.resolve(DEMO);
            }
        }
        System.out.println("demo catalogue " + DEMO + " not found above " + dir
                + "; the judged queries are run without expectations");
        return null;
    }

    // Client and driver logging at debug level would drown the figures.
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
