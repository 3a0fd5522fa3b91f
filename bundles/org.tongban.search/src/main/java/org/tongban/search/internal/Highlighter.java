package org.tongban.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongban.search.DocumentKind;
import org.tongban.search.Fragment;
import org.tongban.search.SearchDocument;
import org.tongban.search.Snippet;
import org.tongban.search.internal.analysis.Folding;
import org.tongban.search.internal.analysis.Pinyin;
import org.tongban.search.internal.analysis.TextAnalysis;

/**
 * Marks matches in the stored text, done here for both backends so that highlighting is identical and structured
 * (fragments, never markup). Matches are found in folded text aligned with the original, so a Traditional title is
 * marked for a Simplified query.
 */
public final class Highlighter {
    private static final int SNIPPET_LENGTH = 90;
    private static final int LEAD = 20;

    private final TextAnalysis analysis;

    public Highlighter(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The query's terms plus the document's terms spelled like the typed pinyin or a homophone of the query. */
    public Set<String> marks(SearchDocument document, QueryPlan plan) {
        Set<String> marks = new LinkedHashSet<>(plan.highlightTerms());
        if (!plan.pinyinKeys().isEmpty()) {
            String folded = Folding.fold(document.title() + "\n" + DocumentAnalyzer.bodyOf(document));
            for (String term : analysis.storedTerms(folded)) {
                if (Pinyin.keys(term).stream().anyMatch(plan.pinyinKeys()::contains)) {
                    marks.add(term);
                }
            }
        }
        return marks;
    }

    public List<Fragment> whole(String text, Set<String> marks) {
        return fragments(text, mask(text, marks), 0, text.length());
    }

    /** Passages of the matched fields; an FAQ's answer always comes first so that it can be shown inline. */
    public List<Snippet> snippets(SearchDocument document, Set<String> marks) {
        List<Snippet> snippets = new ArrayList<>();
        if (document.kind() == DocumentKind.FAQ) {
            snippet("answer", document.answer(), marks, true).ifPresent(snippets::add);
        } else {
            snippet("conditions", document.conditions(), marks, false).ifPresent(snippets::add);
            snippet("materials", String.join("、", document.materials()), marks, false)
                    .ifPresent(snippets::add);
            snippet("limits", document.limits(), marks, false).ifPresent(snippets::add);
            snippet("authority", document.implementingBody(), marks, false).ifPresent(snippets::add);
            snippet("intermediaries", String.join("、", document.intermediaries()), marks, false)
                    .ifPresent(snippets::add);
        }
        return snippets;
    }

    private java.util.Optional<Snippet> snippet(String field, String text, Set<String> marks, boolean always) {
        if (text.isBlank()) {
            return java.util.Optional.empty();
        }
        boolean[] mask = mask(text, marks);
        int first = -1;
        for (int i = 0; i < mask.length && first < 0; i++) {
            first = mask[i] ? i : -1;
        }
        if (first < 0 && !always) {
            return java.util.Optional.empty();
        }
        int start = first <= LEAD ? 0 : first - LEAD;
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        List<Fragment> fragments = new ArrayList<>();
        if (start > 0) {
            fragments.add(new Fragment("…", false));
        }
        fragments.addAll(fragments(text, mask, start, end));
        if (end < text.length()) {
            fragments.add(new Fragment("…", false));
        }
        return java.util.Optional.of(new Snippet(field, fragments));
    }

    private static boolean[] mask(String text, Set<String> marks) {
        String folded = Folding.foldAligned(text);
        boolean[] mask = new boolean[text.length()];
        for (String mark : marks) {
            if (mark.isEmpty()) {
                continue;
            }
            for (int at = folded.indexOf(mark); at >= 0; at = folded.indexOf(mark, at + 1)) {
                for (int i = at; i < at + mark.length(); i++) {
                    mask[i] = true;
                }
            }
        }
        return mask;
    }

    private static List<Fragment> fragments(String text, boolean[] mask, int start, int end) {
        List<Fragment> fragments = new ArrayList<>();
        int from = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || mask[i] != mask[from]) {
                if (i > from) {
                    fragments.add(new Fragment(text.substring(from, i), mask[from]));
                }
                from = i;
            }
        }
        return fragments;
    }
}
