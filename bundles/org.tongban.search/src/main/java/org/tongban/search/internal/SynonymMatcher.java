package org.tongban.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.search.SynonymEntry;
import org.tongban.search.internal.analysis.Folding;

/**
 * Dictionary entries in folded form: which official terms a query stands for. Applied to the query only, so an edited
 * entry takes effect with the next query, without reindexing.
 */
public final class SynonymMatcher {
    private final List<SynonymEntry> entries;
    private final Map<String, Set<String>> expansions = new LinkedHashMap<>();

    public SynonymMatcher(List<SynonymEntry> entries) {
        this.entries = entries;
        for (SynonymEntry entry : entries) {
            List<String> phrases = entry.phrases().stream().map(Folding::fold).toList();
            List<String> targets = entry.expansions().isEmpty()
                    ? phrases
                    : entry.expansions().stream().map(Folding::fold).toList();
            for (String phrase : phrases) {
                Set<String> set = expansions.computeIfAbsent(phrase, p -> new LinkedHashSet<>());
                targets.stream().filter(t -> !t.equals(phrase)).forEach(set::add);
            }
        }
    }

    /** Whether this matcher was built from exactly these entries (the dictionary returns a new list per change). */
    public boolean builtFrom(List<SynonymEntry> current) {
        return entries == current;
    }

    /** Official terms for the phrases that the folded query contains. */
    public List<String> expand(String foldedQuery) {
        Set<String> found = new LinkedHashSet<>();
        expansions.forEach((phrase, targets) -> {
            if (foldedQuery.contains(phrase)) {
                found.addAll(targets);
            }
        });
        return new ArrayList<>(found);
    }

    /** All phrases and terms, as vocabulary for "did you mean". */
    public Set<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>(expansions.keySet());
        expansions.values().forEach(words::addAll);
        return words;
    }
}
