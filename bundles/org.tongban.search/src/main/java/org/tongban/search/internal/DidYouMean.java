package org.tongban.search.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tongban.search.internal.analysis.Pinyin;
import org.tongban.search.internal.analysis.TextAnalysis;

/**
 * Proposes a corrected query ("您是不是要找"): the Chinese term for typed pinyin, or a known term for a part of the
 * query that sounds the same or differs by one character. Known terms are the government dictionary, the synonym
 * dictionary and the titles' terms of the best hits.
 */
final class DidYouMean {

    private DidYouMean() {}

    static String suggest(String folded, Collection<String> vocabulary) {
        String pinyin = TextAnalysis.pinyinText(folded);
        if (pinyin != null) {
            return vocabulary.stream()
                    .filter(term -> Pinyin.keys(term).contains(pinyin))
                    .max((a, b) -> Integer.compare(a.length(), b.length()))
                    .orElse(null);
        }
        Set<String> known = new HashSet<>(vocabulary);
        String corrected = folded;
        Set<String> replaced = new LinkedHashSet<>();
        for (String window : TextAnalysis.windows(folded, 2, 60)) {
            if (known.contains(window) || !corrected.contains(window) || window.length() < 3 && replaced.size() > 0) {
                continue;
            }
            if (vocabulary.stream().anyMatch(t -> t.contains(window))) {
                continue;
            }
            String better = closest(window, vocabulary);
            if (better != null) {
                corrected = corrected.replace(window, better);
                replaced.add(better);
            }
        }
        return corrected.equals(folded) ? null : corrected;
    }

    private static String closest(String window, Collection<String> vocabulary) {
        Set<String> sounds = Pinyin.fullSpellings(window);
        for (String term : vocabulary) {
            if (term.length() == window.length()
                    && Pinyin.fullSpellings(term).stream().anyMatch(sounds::contains)) {
                return term;
            }
        }
        if (window.length() < 4) {
            return null;
        }
        for (String term : vocabulary) {
            if (term.length() == window.length() && differences(term, window) == 1) {
                return term;
            }
        }
        return null;
    }

    private static int differences(String a, String b) {
        int count = 0;
        for (int i = 0; i < a.length(); i++) {
            count += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return count;
    }
}
