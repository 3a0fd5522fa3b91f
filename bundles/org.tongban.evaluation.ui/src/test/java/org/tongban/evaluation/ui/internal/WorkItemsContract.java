package org.tongban.evaluation.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.NewRating;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.Verdict;
import org.tongban.evaluation.internal.EvaluationFixture;
import org.tongban.platform.api.work.WorkUrgency;
import org.tongban.testing.Jinan;
import org.tongban.testing.TestDatabase;

/** 好差评's lines of the console home's 我的待办, on the evaluation's real services and timers. */
abstract class WorkItemsContract {
    private static final String QUEUE = "console/evaluation/queue";
    EvaluationFixture f;
    EvaluationWorkItems source;

    abstract TestDatabase open();

    @BeforeEach
    void openFixture() {
        f = new EvaluationFixture(open());
        source = new EvaluationWorkItems(f.service, f.access);
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    private List<org.assertj.core.groups.Tuple> lines() {
        return source.items().stream()
                .map(i -> tuple(i.titleKey(), i.count(), i.link(), i.urgency()))
                .toList();
    }

    @Test
    void theUnitSeesItsBadReviewTurnNearThenPastItsCloseOutDeadline() throws Exception {
        f.service.rateCase(
                1,
                EvaluationFixture.DONE,
                new NewRating(Map.of(Dimension.OVERALL, Level.VERY_DISSATISFIED), "态度差", false, null));
        f.asUnit();
        assertThat(lines()).containsExactly(tuple("evaluation.ui.work.toCloseOut", 1L, QUEUE, WorkUrgency.NORMAL));
        f.asOffice();
        assertThat(lines()).as("nothing for the office to review yet").isEmpty();

        f.time.set("2026-03-08T12:00"); // most of the five working days used
        f.restart();
        f.fireTimers();
        f.asUnit();
        assertThat(lines()).containsExactly(tuple("evaluation.ui.work.dueSoon", 1L, QUEUE, WorkUrgency.DUE_SOON));

        f.time.set("2026-03-09T17:31");
        f.fireTimers();
        f.asUnit();
        assertThat(lines()).containsExactly(tuple("evaluation.ui.work.overdue", 1L, QUEUE, WorkUrgency.OVERDUE));
    }

    @Test
    void aReportedCloseOutWaitsForTheOfficeNotTheUnit() {
        f.service.rateCase(
                1,
                EvaluationFixture.DONE,
                new NewRating(Map.of(Dimension.OVERALL, Level.VERY_DISSATISFIED), "材料被退回三次", false, null));
        f.asUnit();
        Rectification x = f.service.rectifications(Jinan.LIXIA, true).getFirst();
        x = f.service.verify(x.id(), x.version(), Verdict.JUSTIFIED, "一次性告知不到位");
        f.service.report(x.id(), x.version(), "已修订告知单并培训窗口人员");

        assertThat(lines()).as("the unit's part is done").isEmpty();
        f.asOffice();
        assertThat(lines()).containsExactly(tuple("evaluation.ui.work.toReview", 1L, QUEUE, WorkUrgency.NORMAL));
        f.asInspector();
        assertThat(lines())
                .as("an inspector reads but neither closes out nor reviews")
                .isEmpty();
    }
}
