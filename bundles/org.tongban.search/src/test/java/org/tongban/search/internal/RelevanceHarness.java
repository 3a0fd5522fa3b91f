package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.search.DocumentKind;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchHit;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchResult;

/**
 * Runs the judged queries and measures NDCG@10 and MRR (binary relevance; a matter found through its FAQ counts at
 * the FAQ's rank, each matter once). A query judged to have no answer scores 1 when nothing is found.
 */
final class RelevanceHarness {
    /** A file to judge instead of the demo catalogue. */
    static final String CORPUS_PROPERTY = "tongban.search.corpus";
    /** The demo catalogue, on the class path from the catalogue bundle (a test dependency). */
    static final String CORPUS = "/demo/catalogue-jinan.json";

    /** The judgement of a query that nothing answers: it scores 1 when the search finds nothing, else 0. */
    static final String NOTHING = "-";

    static final List<String> CITIZEN_OF_LIXIA = List.of("370100", "370102");
    private static final int K = 10;

    /**
     * Judged queries whose FAQs (常见问题) once ranked above the guide they are about, so that the guide was not among
     * the first three: 开饭店要办什么证 had six FAQs before 食品经营许可.
     */
    static final List<String> FAQ_HEAVY = List.of(
            "开饭店要办什么证",
            "给孩子上户口",
            "公司不想干了",
            "房贷还清了注销抵押",
            "贷款买房抵押",
            "办护照",
            "孩子上小学报名",
            "水费过户",
            "营业执照",
            "yyzz",
            "營業執照",
            "開飯店",
            "新生儿出生",
            "企业开办一件事",
            "宝宝出生办医保");

    record Judged(String category, String query, Set<String> relevant) {}

    record Scores(double ndcg, double mrr, int queries) {
        @Override
        public String toString() {
            return String.format("NDCG@10 %.3f  MRR %.3f  (%d queries)", ndcg, mrr, queries);
        }
    }

    private RelevanceHarness() {}

    static List<Judged> judgements() throws IOException {
        List<Judged> judged = new ArrayList<>();
        try (InputStream in = RelevanceHarness.class.getResourceAsStream("/relevance/jinan-queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Set<String> relevant =
                        cols[2].equals(NOTHING) ? Set.of() : new LinkedHashSet<>(List.of(cols[2].split(",")));
                judged.add(new Judged(cols[0], cols[1], relevant));
            }
        }
        return judged;
    }

    static void index(GuideSearchEngine search) throws IOException {
        search.reindex(corpus());
    }

    /** The demo catalogue's documents, or those of the file named by {@code tongban.search.corpus}. */
    static List<SearchDocument> corpus() throws IOException {
        String file = System.getProperty(CORPUS_PROPERTY);
        if (file != null) {
            return CatalogueCorpus.read(Path.of(file));
        }
        try (InputStream in = RelevanceHarness.class.getResourceAsStream(CORPUS)) {
            assertThat(in).as("demo catalogue " + CORPUS + " on the class path").isNotNull();
            return CatalogueCorpus.read(in);
        }
    }

    /** Scores per category and overall (key "all"), printing every query that misses its first relevant matter. */
    static Map<String, Scores> evaluate(GuideSearchEngine search, String backend) throws IOException {
        Map<String, List<double[]>> byCategory = new LinkedHashMap<>();
        for (Judged j : judgements()) {
            SearchResult result = search.query(SearchQuery.of(j.query())
                    .withJurisdictions(CITIZEN_OF_LIXIA)
                    .withPage(0, 30));
            List<String> ranking = new ArrayList<>(new LinkedHashSet<>(
                    result.hits().stream().map(SearchHit::matterCode).toList()));
            double[] scores = j.relevant().isEmpty()
                    ? new double[] {result.total() == 0 ? 1 : 0, result.total() == 0 ? 1 : 0}
                    : new double[] {ndcg(ranking, j.relevant()), reciprocalRank(ranking, j.relevant())};
            if (scores[1] < 1) {
                System.out.printf(
                        "[%s] %-10s %-16s rr=%.2f top: %s%n",
                        backend,
                        j.category(),
                        j.query(),
                        scores[1],
                        result.hits().stream()
                                .limit(3)
                                .map(h -> String.format("%s %.1f", h.title(), h.score()))
                                .toList());
            }
            byCategory.computeIfAbsent(j.category(), c -> new ArrayList<>()).add(scores);
            byCategory.computeIfAbsent("all", c -> new ArrayList<>()).add(scores);
        }
        Map<String, Scores> summary = new LinkedHashMap<>();
        byCategory.forEach((category, list) -> summary.put(
                category,
                new Scores(
                        list.stream().mapToDouble(s -> s[0]).average().orElse(0),
                        list.stream().mapToDouble(s -> s[1]).average().orElse(0),
                        list.size())));
        summary.forEach((category, s) -> System.out.printf("[%s] %-12s %s%n", backend, category, s));
        return summary;
    }

    /** The {@link #FAQ_HEAVY} queries whose first three hits on a default page hold no guide of a judged matter. */
    static List<String> guidesMissingFromTopThree(GuideSearchEngine search) throws IOException {
        Map<String, Set<String>> relevant = new LinkedHashMap<>();
        judgements().forEach(j -> relevant.put(j.query(), j.relevant()));
        List<String> missing = new ArrayList<>();
        for (String query : FAQ_HEAVY) {
            assertThat(relevant).as("judged: " + query).containsKey(query);
            List<SearchHit> top =
                    search.query(SearchQuery.of(query).withJurisdictions(CITIZEN_OF_LIXIA)).hits().stream()
                            .limit(3)
                            .toList();
            if (top.stream()
                    .noneMatch(h -> h.kind() == DocumentKind.MATTER
                            && relevant.get(query).contains(h.matterCode()))) {
                missing.add(query + " " + top.stream().map(SearchHit::title).toList());
            }
        }
        return missing;
    }

    static double ndcg(List<String> ranking, Set<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranking.size()); i++) {
            if (relevant.contains(ranking.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(K, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    static double reciprocalRank(List<String> ranking, Set<String> relevant) {
        for (int i = 0; i < ranking.size(); i++) {
            if (relevant.contains(ranking.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
