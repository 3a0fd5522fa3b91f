package org.tongban.search.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.search.SynonymDictionary;
import org.tongban.search.TextIndex;
import org.tongban.search.TextIndexes;
import org.tongban.search.internal.analysis.TermDictionary;
import org.tongban.search.internal.analysis.TextAnalysis;

/** Named text indexes in memory, with the guide search's analysis, synonyms and score gate (configuration PID shared). */
@Component(
        service = TextIndexes.class,
        configurationPid = SearchConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class TextIndexesComponent implements TextIndexes {
    private static final String NAME = "[a-z0-9][a-z0-9-]{0,39}";

    private final SynonymDictionary synonyms;
    private final ScoreGate gate;
    private final Map<String, TextIndexEngine> indexes = new ConcurrentHashMap<>();
    private volatile TextAnalysis analysis;

    @Activate
    public TextIndexesComponent(SearchConfig config, @Reference SynonymDictionary synonyms) {
        this(synonyms, new ScoreGate(config.score_minimum(), config.score_relative()));
    }

    /** Outside OSGi (tests of the bundles that use it): these synonyms and this gate. */
    public TextIndexesComponent(SynonymDictionary synonyms, ScoreGate gate) {
        this.synonyms = synonyms;
        this.gate = gate;
    }

    @Override
    public TextIndex open(String name) {
        if (name == null || !name.matches(NAME)) {
            throw new IllegalArgumentException("text index name must match " + NAME + ": " + name);
        }
        return indexes.computeIfAbsent(name, n -> new TextIndexEngine(analysis(), synonyms::entries, gate));
    }

    /**
     * The government terms load once, when the first index is opened (a city without one never pays for them), on a
     * thread of their own as the guide search's do: an index opened while bundles start does not hold up the start,
     * and its first analysis waits for them.
     */
    private TextAnalysis analysis() {
        TextAnalysis a = analysis;
        if (a == null) {
            synchronized (this) {
                a = analysis;
                if (a == null) {
                    a = new TextAnalysis(CompletableFuture.supplyAsync(TermDictionary::standard, work -> {
                        Thread thread = new Thread(work, "tongban-text-index-terms");
                        thread.setDaemon(true);
                        thread.start();
                    }));
                    analysis = a;
                }
            }
        }
        return a;
    }

    @Deactivate
    public void deactivate() {
        indexes.values().forEach(TextIndexEngine::close);
        indexes.clear();
    }
}
