package org.tongban.search.internal.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Government terms that must stay whole (营业执照, 食品经营许可, 不动产登记). SmartChineseAnalyzer has no user dictionary and
 * splits them (营业 / 执照); this pass finds every dictionary term in the folded text and adds it as a token of its own
 * beside the segmenter's pieces, so the whole term matches best and its parts still match.
 */
public final class TermDictionary {
    private static final String RESOURCE = "government-terms.txt";

    private final Set<String> terms;
    private final int longest;
    private final java.util.Map<String, List<String>> bySpelling = new java.util.HashMap<>();

    public TermDictionary(Collection<String> terms) {
        Set<String> folded = new HashSet<>();
        int max = 0;
        for (String term : terms) {
            String t = Folding.fold(term.strip());
            if (t.length() >= 2) {
                folded.add(t);
                max = Math.max(max, t.length());
            }
        }
        this.terms = Set.copyOf(folded);
        this.longest = max;
        for (String term : this.terms) {
            for (String key : Pinyin.keys(term)) {
                bySpelling.computeIfAbsent(key, k -> new ArrayList<>()).add(term);
            }
        }
    }

    /** Terms whose full spelling or initials are exactly this pinyin ({@code yyzz} gives 营业执照). */
    public List<String> spelledAs(String pinyin) {
        return bySpelling.getOrDefault(pinyin, List.of());
    }

    /** The terms shipped with the bundle. */
    public static TermDictionary standard() {
        try (InputStream in = TermDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the bundle");
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        lines.add(t);
                    }
                }
            }
            return new TermDictionary(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String foldedTerm) {
        return terms.contains(foldedTerm);
    }

    public Set<String> terms() {
        return terms;
    }

    /** Every dictionary term occurring in the folded text, longer ones first. */
    public List<String> findIn(String folded) {
        Set<String> found = new LinkedHashSet<>();
        for (int length = Math.min(longest, folded.length()); length >= 2; length--) {
            for (int start = 0; start + length <= folded.length(); start++) {
                String candidate = folded.substring(start, start + length);
                if (terms.contains(candidate)) {
                    found.add(candidate);
                }
            }
        }
        return List.copyOf(found);
    }
}
