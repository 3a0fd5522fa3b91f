package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.search.SearchQuery;

class QueryPlannerTest {
    private final QueryPlanner planner = new QueryPlanner(GuideSearchContract.ANALYSIS, ScoreGate.DEFAULT);

    @Test
    void repeatedClausesRunOnceWithTheirWeightsAdded() {
        List<Clause> merged = QueryPlanner.merged(List.of(
                Clause.term(Fields.TITLE_TERMS, "营业执照", 6f),
                Clause.term(Fields.BODY_TERMS, "营业执照", 1.5f),
                Clause.term(Fields.TITLE_TERMS, "营业执照", 5f),
                Clause.phrase(Fields.TITLE_TEXT, "营业执照", 0, 3f),
                Clause.phrase(Fields.TITLE_TEXT, "营业执照", 2, 3f)));

        assertThat(merged)
                .containsExactly(
                        Clause.term(Fields.TITLE_TERMS, "营业执照", 11f),
                        Clause.term(Fields.BODY_TERMS, "营业执照", 1.5f),
                        Clause.phrase(Fields.TITLE_TEXT, "营业执照", 0, 3f),
                        Clause.phrase(Fields.TITLE_TEXT, "营业执照", 2, 3f));
    }

    @Test
    void aLongOfficialNameStaysNearAHundredClauses() {
        String name = "网络预约出租汽车驾驶员证核发信息更正";
        QueryPlan plan = planner.plan(SearchQuery.of(name), name, List.of());

        assertThat(plan.clauses()).hasSizeLessThanOrEqualTo(100);
        assertThat(plan.clauses().stream().filter(c -> c.type() == Clause.Type.FUZZY))
                .hasSize(6);
    }

    @Test
    void aShortNameKeepsEveryTypoWindow() {
        String typo = "营业执找";
        QueryPlan plan = planner.plan(SearchQuery.of(typo), typo, List.of());

        // Windows of three and four characters: 营业执, 业执找, 营业执找.
        assertThat(plan.clauses().stream().filter(c -> c.type() == Clause.Type.FUZZY))
                .hasSize(3);
        assertThat(plan.pinyinKeys()).contains("yingyezhizhao");
    }
}
