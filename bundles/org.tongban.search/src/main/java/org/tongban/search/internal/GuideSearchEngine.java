package org.tongban.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tongban.search.Facet;
import org.tongban.search.FacetField;
import org.tongban.search.FacetValue;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchHit;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchResult;
import org.tongban.search.SearchStatus;
import org.tongban.search.SynonymEntry;
import org.tongban.search.internal.analysis.Folding;
import org.tongban.search.internal.analysis.TextAnalysis;

/** The search service over one backend: validation, analysis, synonyms, highlighting and reindexing are shared. */
public final class GuideSearchEngine implements GuideSearch, AutoCloseable {
    private static final int SUGGESTIONS = 8;
    private static final int BATCH = 500;
    // Matches ordered together so that a matter's guide leads its FAQs: three default pages.
    static final int GROUPED = 30;

    private final SearchBackend backend;
    private final TextAnalysis analysis;
    private final DocumentAnalyzer documents;
    private final QueryPlanner planner;
    private final Highlighter highlighter;
    private final Supplier<List<SynonymEntry>> synonyms;
    private final ResultCache results;
    private final Object writeLock = new Object();
    private volatile SynonymMatcher matcher = new SynonymMatcher(List.of());
    // While a reindex runs: the latest change per id made meanwhile (null value = deleted), replayed before the swap.
    private Map<String, IndexedDocument> changedDuringReindex;

    public GuideSearchEngine(SearchBackend backend, TextAnalysis analysis, Supplier<List<SynonymEntry>> synonyms) {
        this(backend, analysis, synonyms, ScoreGate.DEFAULT);
    }

    public GuideSearchEngine(
            SearchBackend backend, TextAnalysis analysis, Supplier<List<SynonymEntry>> synonyms, ScoreGate gate) {
        this(backend, analysis, synonyms, gate, new ResultCache(0, 0));
    }

    GuideSearchEngine(
            SearchBackend backend,
            TextAnalysis analysis,
            Supplier<List<SynonymEntry>> synonyms,
            ScoreGate gate,
            ResultCache results) {
        this.backend = backend;
        this.results = results;
        this.analysis = analysis;
        this.documents = new DocumentAnalyzer(analysis);
        this.planner = new QueryPlanner(analysis, gate);
        this.highlighter = new Highlighter(analysis);
        this.synonyms = synonyms;
    }

    public SearchBackend backend() {
        return backend;
    }

    @Override
    public void index(Collection<SearchDocument> docs) {
        List<IndexedDocument> upserts = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        for (SearchDocument doc : docs) {
            if (doc.published()) {
                upserts.add(documents.analyze(doc));
            } else {
                deletions.add(doc.id());
            }
        }
        write(upserts, deletions);
    }

    @Override
    public void delete(Collection<String> ids) {
        write(List.of(), List.copyOf(ids));
    }

    private void write(List<IndexedDocument> upserts, List<String> deletions) {
        synchronized (writeLock) {
            try {
                backend.write(upserts, deletions);
            } finally {
                results.indexChanged();
            }
            if (changedDuringReindex != null) {
                upserts.forEach(d -> changedDuringReindex.put(d.source().id(), d));
                deletions.forEach(id -> changedDuringReindex.put(id, null));
            }
        }
    }

    @Override
    public SearchResult query(SearchQuery query) {
        String text = QueryValidation.text(query.text());
        QueryValidation.page(query);
        String folded = Folding.fold(text);
        SynonymMatcher synonymMatcher = synonymMatcher();
        return results.get(query, folded, synonymMatcher, () -> search(query, folded, synonymMatcher));
    }

    private SearchResult search(SearchQuery query, String folded, SynonymMatcher synonymMatcher) {
        QueryPlan plan = planner.plan(query, folded, synonymMatcher.expand(planner.synonymText(folded)));
        int from = query.page() * query.size();
        SearchBackend.Page page = firstHits(plan, from, query.size());
        return new SearchResult(
                hits(plan, page.matches()), facets(page.facets()), page.total(), didYouMean(folded, page));
    }

    /**
     * The hits from {@code from}, with each matter's guide before its FAQs (see {@link GuidesFirst}). Within the first
     * {@value #GROUPED} matches the order is that of the whole window, so that a guide ranked just after the first page
     * comes up to its FAQs there and every page is a slice of one order; further pages keep the engine's order.
     */
    private SearchBackend.Page firstHits(QueryPlan plan, int from, int size) {
        if (from + size > GROUPED) {
            SearchBackend.Page page = backend.search(plan, from, size);
            return new SearchBackend.Page(GuidesFirst.order(page.matches()), page.total(), page.facets());
        }
        SearchBackend.Page window = backend.search(plan, 0, GROUPED);
        List<SearchBackend.Match> ordered = GuidesFirst.order(window.matches());
        List<SearchBackend.Match> slice =
                ordered.subList(Math.min(from, ordered.size()), Math.min(from + size, ordered.size()));
        return new SearchBackend.Page(List.copyOf(slice), window.total(), window.facets());
    }

    /**
     * The first page of hits for already checked text, which may be longer than a query (a ticket being typed), with
     * the query's filters; no facets, no "did you mean".
     */
    public List<SearchHit> match(String checkedText, SearchQuery filters) {
        String folded = Folding.fold(checkedText.strip());
        QueryPlan plan = planner.plan(filters, folded, synonymMatcher().expand(planner.synonymText(folded)));
        return hits(plan, firstHits(plan, 0, filters.size()).matches());
    }

    private List<SearchHit> hits(QueryPlan plan, List<SearchBackend.Match> matches) {
        List<SearchHit> hits = new ArrayList<>();
        for (SearchBackend.Match match : matches) {
            SearchDocument doc = match.document();
            Set<String> marks = highlighter.marks(doc, plan);
            hits.add(new SearchHit(
                    doc.id(),
                    doc.kind(),
                    doc.matterCode(),
                    doc.title(),
                    highlighter.whole(doc.title(), marks),
                    highlighter.snippets(doc, marks),
                    match.score()));
        }
        return hits;
    }

    private String didYouMean(String folded, SearchBackend.Page page) {
        Set<String> vocabulary = new LinkedHashSet<>(analysis.dictionary().terms());
        vocabulary.addAll(synonymMatcher().vocabulary());
        for (SearchBackend.Match match : page.matches()) {
            analysis.storedTerms(Folding.fold(match.document().title())).stream()
                    .filter(t -> t.length() >= 2)
                    .forEach(vocabulary::add);
        }
        return DidYouMean.suggest(folded, vocabulary);
    }

    private static List<Facet> facets(Map<FacetField, Map<String, Long>> counts) {
        List<Facet> facets = new ArrayList<>();
        for (FacetField field : FacetField.values()) {
            List<FacetValue> values = new ArrayList<>();
            counts.getOrDefault(field, Map.of()).forEach((key, count) -> {
                if (field == FacetField.DEPARTMENT) {
                    int tab = key.indexOf('\t');
                    String code = tab < 0 ? key : key.substring(0, tab);
                    String name = tab < 0 || tab == key.length() - 1 ? code : key.substring(tab + 1);
                    values.add(new FacetValue(code, name, count));
                } else {
                    values.add(new FacetValue(key, key, count));
                }
            });
            values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
            facets.add(new Facet(field, values));
        }
        return facets;
    }

    @Override
    public List<String> suggest(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        QueryValidation.checkLength(prefix);
        String folded = Folding.fold(prefix.strip());
        String pinyin = TextAnalysis.pinyinText(folded);
        Set<String> titles = new LinkedHashSet<>();
        for (SearchDocument doc : backend.prefix(pinyin != null ? pinyin : folded, SUGGESTIONS * 6)) {
            if (titles.size() < SUGGESTIONS) {
                titles.add(doc.title());
            }
        }
        return List.copyOf(titles);
    }

    @Override
    public void reindex(Collection<SearchDocument> all) {
        SearchBackend.Generation generation;
        synchronized (writeLock) {
            if (changedDuringReindex != null) {
                throw new IllegalStateException("已有重建索引任务在进行中");
            }
            generation = backend.newGeneration();
            changedDuringReindex = new LinkedHashMap<>();
        }
        try {
            List<IndexedDocument> batch = new ArrayList<>();
            for (SearchDocument doc : all) {
                if (doc.published()) {
                    batch.add(documents.analyze(doc));
                }
                if (batch.size() == BATCH) {
                    generation.write(batch, List.of());
                    batch = new ArrayList<>();
                }
            }
            generation.write(batch, List.of());
            synchronized (writeLock) {
                List<IndexedDocument> upserts = new ArrayList<>();
                List<String> deletions = new ArrayList<>();
                changedDuringReindex.forEach((id, doc) -> {
                    if (doc == null) {
                        deletions.add(id);
                    } else {
                        upserts.add(doc);
                    }
                });
                generation.write(upserts, deletions);
                try {
                    generation.activate();
                } finally {
                    results.indexChanged();
                }
                changedDuringReindex = null;
            }
        } catch (RuntimeException e) {
            synchronized (writeLock) {
                changedDuringReindex = null;
            }
            generation.abandon();
            throw e;
        }
    }

    @Override
    public SearchStatus status() {
        try {
            long count = backend.count();
            String format = backend.format();
            if (backend instanceof FallbackBackend fallback && fallback.degraded()) {
                return new SearchStatus(
                        backend.name(),
                        SearchStatus.State.DEGRADED,
                        "搜索服务不可用，暂由内置索引应答（共 " + count + " 条）",
                        count,
                        format);
            }
            return new SearchStatus(backend.name(), SearchStatus.State.UP, "共 " + count + " 条可搜索内容", count, format);
        } catch (RuntimeException e) {
            return new SearchStatus(backend.name(), SearchStatus.State.DOWN, "搜索服务不可用：" + e.getMessage(), -1);
        }
    }

    private SynonymMatcher synonymMatcher() {
        List<SynonymEntry> current = synonyms.get();
        SynonymMatcher m = matcher;
        if (!m.builtFrom(current)) {
            m = new SynonymMatcher(current);
            matcher = m;
        }
        return m;
    }

    @Override
    public void close() {
        backend.close();
    }
}
