package org.tongban.search.internal.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.tongban.search.internal.Clause;
import org.tongban.search.internal.Fields;
import org.tongban.search.internal.QueryPlan;

/** Translates a plan into Lucene query objects; no query parser is involved, so no text is ever syntax. */
final class LuceneQueries {
    static final int FUZZY_EXPANSIONS = 50;

    // Unigrams for CJK, words otherwise: what Elasticsearch's standard analyzer produces.
    private final Analyzer text = new StandardAnalyzer();

    Analyzer analyzer() {
        return text;
    }

    Query toQuery(QueryPlan plan) {
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        for (Clause clause : plan.clauses()) {
            Query q = clause(clause);
            if (q != null) {
                scoring.add(clause.boost() == 1f ? q : new BoostQuery(q, clause.boost()), Occur.SHOULD);
            }
        }
        scoring.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(scoring.build(), Occur.MUST);
        if (!plan.jurisdictions().isEmpty()) {
            List<BytesRef> codes =
                    plan.jurisdictions().stream().map(BytesRef::new).toList();
            query.add(new TermInSetQuery(Fields.JURISDICTION, codes), Occur.FILTER);
        }
        filter(query, Fields.DEPARTMENT, plan.department());
        filter(query, Fields.AUDIENCE, plan.audience());
        filter(query, Fields.LIFE_EVENT, plan.lifeEvent());
        filter(query, Fields.PROMISED_LIMIT, plan.promisedLimit());
        filter(query, Fields.MATTER_TYPE, plan.matterType());
        filter(query, Fields.CROSS_REGION_MODE, plan.crossRegionMode());
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private Query clause(Clause clause) {
        String field = clause.field();
        return switch (clause.type()) {
            case TERM -> new TermQuery(new Term(field, clause.value()));
            case PREFIX -> new PrefixQuery(new Term(field, clause.value()));
            case FUZZY ->
                new FuzzyQuery(new Term(field, clause.value()), clause.parameter(), 0, FUZZY_EXPANSIONS, true);
            case PHRASE -> phrase(field, tokens(field, clause.value()), clause.parameter());
            case MATCH -> match(field, tokens(field, clause.value()), clause.parameter());
        };
    }

    private static Query phrase(String field, List<String> tokens, int slop) {
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0)));
        }
        return new PhraseQuery(slop, field, tokens.toArray(String[]::new));
    }

    // As Elasticsearch's minimum_should_match "2<60%": all of one or two unigrams, else the percentage rounded down.
    private static Query match(String field, List<String> tokens, int percent) {
        if (tokens.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        tokens.forEach(t -> any.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
        int n = tokens.size();
        any.setMinimumNumberShouldMatch(n <= 2 ? n : Math.max(1, n * percent / 100));
        return any.build();
    }

    List<String> tokens(String field, String value) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = text.tokenStream(field, value)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
