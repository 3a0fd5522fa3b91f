package org.tongban.search.internal.elastic;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import org.tongban.search.internal.Clause;
import org.tongban.search.internal.Fields;
import org.tongban.search.internal.QueryPlan;

/**
 * Translates a plan into the typed query DSL: values are always sent as JSON values, never as query strings, so
 * Lucene syntax or JSON typed by a citizen stays text.
 */
final class ElasticQueries {
    static final int FUZZY_EXPANSIONS = 50;

    private ElasticQueries() {}

    static Query toQuery(QueryPlan plan) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        for (Clause clause : plan.clauses()) {
            bool.should(clause(clause));
        }
        bool.minimumShouldMatch("1");
        if (!plan.jurisdictions().isEmpty()) {
            List<FieldValue> codes =
                    plan.jurisdictions().stream().map(FieldValue::of).toList();
            bool.filter(f -> f.terms(t -> t.field(Fields.JURISDICTION).terms(v -> v.value(codes))));
        }
        filter(bool, Fields.DEPARTMENT, plan.department());
        filter(bool, Fields.AUDIENCE, plan.audience());
        filter(bool, Fields.LIFE_EVENT, plan.lifeEvent());
        filter(bool, Fields.PROMISED_LIMIT, plan.promisedLimit());
        filter(bool, Fields.MATTER_TYPE, plan.matterType());
        filter(bool, Fields.CROSS_REGION_MODE, plan.crossRegionMode());
        return Query.of(q -> q.bool(bool.build()));
    }

    private static void filter(BoolQuery.Builder bool, String field, String value) {
        if (value != null) {
            bool.filter(f -> f.term(t -> t.field(field).value(value)));
        }
    }

    private static Query clause(Clause c) {
        String field = c.field();
        String value = c.value();
        float boost = c.boost();
        return switch (c.type()) {
            case TERM -> Query.of(q -> q.term(t -> t.field(field).value(value).boost(boost)));
            case PREFIX ->
                Query.of(q -> q.prefix(p -> p.field(field).value(value).boost(boost)));
            case FUZZY ->
                Query.of(q -> q.fuzzy(f -> f.field(field)
                        .value(value)
                        .fuzziness(String.valueOf(c.parameter()))
                        .prefixLength(0)
                        .maxExpansions(FUZZY_EXPANSIONS)
                        .transpositions(true)
                        .boost(boost)));
            case PHRASE ->
                Query.of(q -> q.matchPhrase(
                        m -> m.field(field).query(value).slop(c.parameter()).boost(boost)));
            case MATCH ->
                Query.of(q -> q.match(m -> m.field(field)
                        .query(value)
                        .minimumShouldMatch("2<" + c.parameter() + "%")
                        .boost(boost)));
        };
    }
}
