package org.tongban.search.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchResult;
import org.tongban.search.SearchStatus;
import org.tongban.search.SynonymDictionary;
import org.tongban.search.internal.analysis.TermDictionary;
import org.tongban.search.internal.analysis.TextAnalysis;
import org.tongban.search.internal.elastic.ElasticBackend;
import org.tongban.search.internal.elastic.ElasticSettings;
import org.tongban.search.internal.lucene.LuceneBackend;

/** The search service with the backend chosen by configuration; a changed configuration restarts it. */
@Component(
        service = GuideSearch.class,
        configurationPid = SearchConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SearchConfig.class)
public final class GuideSearchComponent implements GuideSearch {
    private final GuideSearchEngine engine;

    @Activate
    public GuideSearchComponent(BundleContext context, SearchConfig config, @Reference SynonymDictionary synonyms) {
        Path folder = SearchFolder.of(context, config);
        SearchBackend backend =
                switch (config.backend().strip()) {
                    case "lucene" -> new LuceneBackend(folder.resolve("lucene"));
                    case "elasticsearch" -> {
                        ElasticBackend elastic = new ElasticBackend(new ElasticSettings(
                                config.elasticsearch_url(),
                                config.elasticsearch_index(),
                                config.elasticsearch_analyzer(),
                                config.elasticsearch_replicas()));
                        yield "lucene".equals(config.fallback().strip())
                                ? new FallbackBackend(elastic, new LuceneBackend(folder.resolve("lucene")))
                                : elastic;
                    }
                    default ->
                        throw new IllegalArgumentException(SearchConfig.PID
                                + ": backend must be lucene or elasticsearch, not " + config.backend());
                };
        this.engine = new GuideSearchEngine(
                backend,
                new TextAnalysis(standardTermsInBackground()),
                synonyms::entries,
                new ScoreGate(config.score_minimum(), config.score_relative()),
                new ResultCache(config.results_keepSeconds(), config.results_keepEntries()));
    }

    /**
     * Folding the standard terms (Traditional to Simplified, pinyin) loads OpenCC's and pinyin4j's tables, about half a
     * second of a start; it runs beside the bundles that start after this one, and the first search waits for it.
     */
    private static CompletableFuture<TermDictionary> standardTermsInBackground() {
        CompletableFuture<TermDictionary> terms = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        terms.complete(TermDictionary.standard());
                    } catch (RuntimeException | Error e) {
                        terms.completeExceptionally(e);
                    }
                },
                "tongban-search-terms");
        thread.setDaemon(true);
        thread.start();
        return terms;
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        engine.index(documents);
    }

    @Override
    public void delete(Collection<String> ids) {
        engine.delete(ids);
    }

    @Override
    public SearchResult query(SearchQuery query) {
        return engine.query(query);
    }

    @Override
    public List<String> suggest(String prefix) {
        return engine.suggest(prefix);
    }

    @Override
    public void reindex(Collection<SearchDocument> documents) {
        engine.reindex(documents);
    }

    @Override
    public SearchStatus status() {
        return engine.status();
    }
}
