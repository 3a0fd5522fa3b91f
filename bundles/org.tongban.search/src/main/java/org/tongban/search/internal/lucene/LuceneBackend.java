package org.tongban.search.internal.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.tongban.search.SearchDocument;
import org.tongban.search.internal.Fields;
import org.tongban.search.internal.IndexedDocument;
import org.tongban.search.internal.QueryPlan;
import org.tongban.search.internal.SearchBackend;

/**
 * Embedded Lucene: the live index is one generation folder under the search folder, named in the file {@code
 * current}. A reindex builds the next generation beside it and switches the name in one atomic file move. The
 * document format a generation was built with is kept in its commit user data.
 */
public final class LuceneBackend implements SearchBackend {
    private static final String CURRENT = "current";

    static {
        // The plans of long queries (homophone and fuzzy alternatives) exceed Lucene's default of 1024 clauses.
        IndexSearcher.setMaxClauseCount(8192);
    }

    private final Path folder;
    private final LuceneQueries queries = new LuceneQueries();
    private final AtomicReference<LuceneIndex> live = new AtomicReference<>();

    /** An index in memory: empty at every start, each reindex builds the next one in memory too. */
    public static LuceneBackend inMemory() {
        return new LuceneBackend();
    }

    private LuceneBackend() {
        this.folder = null;
        LuceneIndex index = LuceneIndex.inMemory(queries.analyzer());
        index.recordFormat(SearchDocument.FORMAT);
        index.write(List.of(), List.of(), true);
        live.set(index);
    }

    public LuceneBackend(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            Path marker = folder.resolve(CURRENT);
            String name = Files.exists(marker)
                    ? Files.readString(marker, StandardCharsets.UTF_8).strip()
                    : null;
            if (name == null || name.isEmpty() || !Files.isDirectory(folder.resolve(name))) {
                name = nextGenerationName();
                markCurrent(name);
            }
            LuceneIndex index = new LuceneIndex(folder.resolve(name), queries.analyzer());
            if (index.fresh()) {
                // An empty index has no documents of an older format: it starts with the current one.
                index.recordFormat(SearchDocument.FORMAT);
                index.write(List.of(), List.of(), true);
            }
            live.set(index);
            removeOtherGenerations(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public void write(List<IndexedDocument> upserts, Collection<String> deletions) {
        live.get().write(upserts, deletions, true);
    }

    @Override
    public Page search(QueryPlan plan, int from, int size) {
        Query plain = queries.toQuery(plan);
        return withSearcher(searcher -> {
            // Rewritten once for both passes: expanding the fuzzy clauses (building their automata) was a quarter of a
            // query's time, and each search() rewrites its query anew.
            Query query = searcher.rewrite(plain);
            float threshold = 0;
            if (!plan.gate().open()) {
                // The best score first (block-max skipping makes this cheap), then only what passes the gate.
                TopDocs best = searcher.search(query, new TopScoreDocCollectorManager(1, 1));
                if (best.scoreDocs.length == 0) {
                    return new Page(List.of(), 0, Map.of());
                }
                threshold = plan.gate().threshold(best.scoreDocs[0].score);
                if (threshold < 0) {
                    return new Page(List.of(), 0, Map.of());
                }
            }
            // One pass for the page and the facet counts.
            MultiCollectorManager both = new MultiCollectorManager(
                    new TopScoreDocCollectorManager(from + size, Integer.MAX_VALUE), new FacetCounts());
            Object[] results = threshold > 0
                    ? searcher.search(query, new ScoreGateCollector<>(both, threshold))
                    : searcher.search(query, both);
            TopDocs top = (TopDocs) results[0];
            FacetCounts.Result facets = (FacetCounts.Result) results[1];
            List<Match> matches = new ArrayList<>();
            var stored = searcher.storedFields();
            for (int i = from; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                matches.add(new Match(LuceneDocuments.fromLucene(stored.document(hit.doc)), hit.score));
            }
            return new Page(matches, facets.total(), facets.counts());
        });
    }

    @Override
    public List<SearchDocument> prefix(String prefix, int limit) {
        Query query = new ConstantScoreQuery(new PrefixQuery(new Term(Fields.SUGGEST, prefix)));
        Sort shortestFirst = new Sort(new SortField(Fields.TITLE_LENGTH, SortField.Type.LONG), SortField.FIELD_DOC);
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit, shortestFirst);
            List<SearchDocument> docs = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                docs.add(LuceneDocuments.fromLucene(stored.document(hit.doc)));
            }
            return docs;
        });
    }

    @Override
    public long count() {
        return withSearcher(searcher -> (long) searcher.count(new MatchAllDocsQuery()));
    }

    @Override
    public String format() {
        return live.get().format();
    }

    @Override
    public Generation newGeneration() {
        String name = nextGenerationName();
        LuceneIndex next = folder == null
                ? LuceneIndex.inMemory(queries.analyzer())
                : new LuceneIndex(folder.resolve(name), queries.analyzer());
        return new Generation() {
            @Override
            public void write(List<IndexedDocument> upserts, Collection<String> deletions) {
                next.write(upserts, deletions, false);
            }

            @Override
            public void activate() {
                next.recordFormat(SearchDocument.FORMAT);
                next.write(List.of(), List.of(), true);
                try {
                    if (folder != null) {
                        markCurrent(name);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                live.getAndSet(next).closeAndDelete();
            }

            @Override
            public void abandon() {
                next.closeAndDelete();
            }
        };
    }

    @Override
    public void close() {
        live.get().close();
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    // A reindex may close the index between taking it and acquiring a searcher: then the new one answers.
    private <T> T withSearcher(SearcherWork<T> work) {
        for (int attempt = 0; ; attempt++) {
            LuceneIndex index = live.get();
            try {
                IndexSearcher searcher = index.acquire();
                try {
                    return work.run(searcher);
                } finally {
                    index.release(searcher);
                }
            } catch (AlreadyClosedException e) {
                if (attempt >= 3) {
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private String nextGenerationName() {
        return "index-" + System.currentTimeMillis() + "-" + System.nanoTime() % 1000;
    }

    private void markCurrent(String name) throws IOException {
        Path temp = folder.resolve(CURRENT + ".tmp");
        Files.writeString(temp, name, StandardCharsets.UTF_8);
        Files.move(temp, folder.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    // Leftovers of a reindex that was interrupted by a stop.
    private void removeOtherGenerations(String keep) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p) && n.startsWith("index-") && !n.equals(keep)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        for (Path f : files.sorted(java.util.Comparator.reverseOrder())
                                .toList()) {
                            Files.deleteIfExists(f);
                        }
                    }
                }
            }
        }
    }
}
