package org.tongban.search.internal;

import static org.tongban.search.internal.Fields.BODY_PINYIN;
import static org.tongban.search.internal.Fields.BODY_TERMS;
import static org.tongban.search.internal.Fields.BODY_TEXT;
import static org.tongban.search.internal.Fields.TITLE_PINYIN;
import static org.tongban.search.internal.Fields.TITLE_TERMS;
import static org.tongban.search.internal.Fields.TITLE_TEXT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.search.SearchQuery;
import org.tongban.search.internal.analysis.Pinyin;
import org.tongban.search.internal.analysis.TextAnalysis;

/**
 * Builds the weighted clauses of a query. The weights favour whole government terms in the title, then synonyms,
 * phrases, pinyin and, weakest, homophones and one-character typos; they were tuned on the relevance harness.
 */
public final class QueryPlanner {
    // Typo windows, longest first. A long official name (网络预约出租汽车驾驶员证核发) had 24 homophone and 12 fuzzy windows, up
    // to 153 clauses, and building the fuzzy automata was a quarter of its time. Half as many leave queries of up to
    // five
    // characters (the typos citizens make in short names, 营业执找) all their windows (10 and 6) and cap a long name at
    // about 100 clauses; the judged queries scored slightly better.
    private static final int MAX_HOMOPHONE_WINDOWS = 12;
    private static final int MAX_FUZZY_WINDOWS = 6;
    private static final int MAX_PHRASE_RUN = 16;

    private final TextAnalysis analysis;
    private final ScoreGate gate;

    public QueryPlanner(TextAnalysis analysis, ScoreGate gate) {
        this.analysis = analysis;
        this.gate = gate;
    }

    /**
     * The text synonyms are looked up in: the folded query, plus the dictionary terms that typed pinyin spells, so
     * that {@code yyzz} expands like 营业执照.
     */
    public String synonymText(String folded) {
        String pinyin = TextAnalysis.pinyinText(folded);
        if (pinyin == null) {
            return folded;
        }
        return folded + " " + String.join(" ", analysis.dictionary().spelledAs(pinyin));
    }

    public QueryPlan plan(SearchQuery query, String folded, List<String> synonyms) {
        List<Clause> clauses = new ArrayList<>();
        Set<String> highlight = new LinkedHashSet<>();
        List<String> terms = analysis.terms(folded);
        for (String term : terms) {
            boolean whole = analysis.dictionary().contains(term);
            float weight = term.length() == 1 ? 0.3f : whole ? 3f : 1.5f;
            clauses.add(Clause.term(TITLE_TERMS, term, 2 * weight));
            clauses.add(Clause.term(BODY_TERMS, term, 0.5f * weight));
            if (term.length() >= 2) {
                clauses.add(Clause.term(Fields.LIFE_TERMS, term, weight));
                clauses.add(Clause.phrase(TITLE_TEXT, term, 0, 1.5f));
                highlight.add(term);
            }
        }
        if (highlight.isEmpty()) {
            highlight.addAll(terms);
        }
        for (String run : TextAnalysis.hanRuns(folded)) {
            if (run.length() >= 2 && run.length() <= MAX_PHRASE_RUN) {
                clauses.add(Clause.phrase(TITLE_TEXT, run, 2, 3f));
                clauses.add(Clause.phrase(BODY_TEXT, run, 2, 1f));
            }
        }
        // A life event (一件事) named by the query, however phrased (我要开药店, 企业开办一件事): its matters first.
        clauses.add(Clause.term(Fields.LIFE_TERMS, LifeEventNames.core(folded), 40f));
        clauses.add(Clause.match(TITLE_TEXT, folded, 60, 1f));
        clauses.add(Clause.match(BODY_TEXT, folded, 60, 0.3f));
        for (String synonym : synonyms) {
            clauses.add(Clause.term(TITLE_TERMS, synonym, 5f));
            clauses.add(Clause.phrase(TITLE_TEXT, synonym, 0, 3f));
            clauses.add(Clause.term(BODY_TERMS, synonym, 1f));
            highlight.add(synonym);
        }
        Set<String> pinyinKeys = new LinkedHashSet<>();
        String pinyin = TextAnalysis.pinyinText(folded);
        if (pinyin != null) {
            pinyinKeys.add(pinyin);
            clauses.add(Clause.term(TITLE_PINYIN, pinyin, 8f));
            clauses.add(Clause.term(BODY_PINYIN, pinyin, 2f));
            if (pinyin.length() >= 3) {
                clauses.add(Clause.prefix(TITLE_PINYIN, pinyin, 1f));
            }
            if (pinyin.length() >= 6) {
                clauses.add(Clause.fuzzy(TITLE_PINYIN, pinyin, 3f));
            }
            for (String term : analysis.dictionary().spelledAs(pinyin)) {
                clauses.add(Clause.term(TITLE_TERMS, term, 4f));
                clauses.add(Clause.term(BODY_TERMS, term, 1f));
                highlight.add(term);
            }
        }
        // Homophones: most typos from a pinyin input method are a character that sounds the same (营业执找).
        for (String window : TextAnalysis.windows(folded, 2, MAX_HOMOPHONE_WINDOWS)) {
            for (String spelling :
                    Pinyin.fullSpellings(window).stream().limit(2).toList()) {
                clauses.add(Clause.term(TITLE_PINYIN, spelling, 0.5f * window.length()));
                clauses.add(Clause.term(BODY_PINYIN, spelling, 0.1f * window.length()));
                pinyinKeys.add(spelling);
            }
        }
        for (String window : TextAnalysis.windows(folded, 3, MAX_FUZZY_WINDOWS)) {
            clauses.add(Clause.fuzzy(TITLE_TERMS, window, 0.5f * window.length()));
        }
        return new QueryPlan(
                merged(clauses),
                query.jurisdictions(),
                blankToNull(query.department()),
                blankToNull(query.audience()),
                blankToNull(query.lifeEvent()),
                blankToNull(query.promisedLimit()),
                blankToNull(query.matterType()),
                blankToNull(query.crossRegionMode()),
                highlight,
                pinyinKeys,
                gate);
    }

    /**
     * One clause per distinct match, with the weights of its repeats added up: the score is the same (a clause's score
     * is proportional to its weight) with fewer clauses to run. Long official names repeat many: a word that is also a
     * dictionary term and a synonym, a window's pinyin that is also a term's.
     */
    static List<Clause> merged(List<Clause> clauses) {
        Map<Clause, Float> weights = new LinkedHashMap<>();
        for (Clause c : clauses) {
            weights.merge(new Clause(c.type(), c.field(), c.value(), 1f, c.parameter()), c.boost(), Float::sum);
        }
        List<Clause> merged = new ArrayList<>(weights.size());
        weights.forEach((c, weight) -> merged.add(new Clause(c.type(), c.field(), c.value(), weight, c.parameter())));
        return merged;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
