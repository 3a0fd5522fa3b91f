package org.tongban.search.internal.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis both backends share, done in this bundle rather than in the search server (a core-only Elasticsearch
 * node has no Chinese analyzer): folding, SmartCN segmentation plus the government term pass, pinyin keys.
 */
public final class TextAnalysis {
    private static final int MAX_WINDOW = 6;
    private static final int MAX_STORED_TERMS = 5_000;

    private final Analyzer segmenter = new SmartChineseAnalyzer();
    private final CompletableFuture<TermDictionary> dictionary;
    private final Map<String, List<String>> storedTerms = new ConcurrentHashMap<>();

    public TextAnalysis(TermDictionary dictionary) {
        this(CompletableFuture.completedFuture(dictionary));
    }

    /** With a dictionary still being built: the first analysis waits for it. */
    public TextAnalysis(CompletableFuture<TermDictionary> dictionary) {
        this.dictionary = dictionary;
    }

    public TermDictionary dictionary() {
        return dictionary.join();
    }

    /** Segmented terms of already folded text: the segmenter's words and every dictionary term found whole. */
    public List<String> terms(String folded) {
        Set<String> terms = new LinkedHashSet<>(dictionary().findIn(folded));
        try (TokenStream stream = segmenter.tokenStream("", folded)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0 && Character.isLetterOrDigit(term.charAt(0))) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    /**
     * {@link #terms} of stored text (a result's title or body) at query time. The same popular guides come back in
     * many searches, and segmenting their text again for every highlight and "did you mean" was a fifth of a query's
     * time; the cache is bounded and simply starts over when full.
     */
    public List<String> storedTerms(String folded) {
        List<String> cached = storedTerms.get(folded);
        if (cached == null) {
            if (storedTerms.size() >= MAX_STORED_TERMS) {
                storedTerms.clear();
            }
            cached = terms(folded);
            storedTerms.put(folded, cached);
        }
        return cached;
    }

    /** Pinyin keys (full spelling and initials) of the multi-character Han terms. */
    public List<String> pinyinKeys(List<String> terms) {
        Set<String> keys = new LinkedHashSet<>();
        for (String term : terms) {
            keys.addAll(Pinyin.keys(term));
        }
        return List.copyOf(keys);
    }

    /** Han character runs of the folded text. */
    public static List<String> hanRuns(String folded) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        folded.codePoints().forEach(c -> {
            if (Folding.isHan(c)) {
                run.appendCodePoint(c);
            } else if (!run.isEmpty()) {
                runs.add(run.toString());
                run.setLength(0);
            }
        });
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }

    /** Every substring of 2 to 6 characters of the Han runs, longest first, at most {@code limit}. */
    public static List<String> windows(String folded, int minLength, int limit) {
        Set<String> windows = new LinkedHashSet<>();
        List<String> runs = hanRuns(folded);
        for (int length = MAX_WINDOW; length >= minLength; length--) {
            for (String run : runs) {
                for (int start = 0; start + length <= run.length() && windows.size() < limit; start++) {
                    windows.add(run.substring(start, start + length));
                }
            }
        }
        return List.copyOf(windows);
    }

    /** Latin letter runs that could be pinyin (at least two letters), joined when separated by spaces only. */
    public static String pinyinText(String folded) {
        String letters = folded.replaceAll("[^a-z]+", " ").strip();
        if (letters.length() < 2 || !folded.replaceAll("[a-z\\s']", "").isEmpty()) {
            return null;
        }
        return letters.replace(" ", "");
    }
}
