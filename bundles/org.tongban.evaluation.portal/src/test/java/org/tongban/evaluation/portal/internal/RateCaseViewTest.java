package org.tongban.evaluation.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.internal.EvaluationFixture;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.ui.UiTestSupport;

/** The citizen's rating page of a case on the real services: rated once, refused clearly when not theirs. */
class RateCaseViewTest extends UiTestSupport {
    private EvaluationFixture f;

    RateCaseViewTest() {
        super("i18n/evaluation-portal", "i18n/evaluation-messages");
    }

    @BeforeEach
    void openFixture() {
        f = new EvaluationFixture(TestDatabase.h2(EvaluationFixture.CHANGELOG));
    }

    @AfterEach
    void closeFixture() {
        f.close();
    }

    @Test
    void theApplicantRatesAFinishedCaseAndSeesItsPendingList() {
        MyRatingsView mine = new MyRatingsView(f.service);
        mine.show(1);
        assertThat(text(mine.content)).contains(EvaluationFixture.DONE).doesNotContain(EvaluationFixture.RUNNING);

        RateCaseView page = new RateCaseView(f.service);
        page.show(1, EvaluationFixture.DONE);
        assertThat(page.submit()).as("the overall rating is required").isFalse();
        assertThat(text(page.content)).contains("请选择总体评价");

        page.show(1, EvaluationFixture.DONE);
        page.levels.get(Dimension.OVERALL).setValue(Level.SATISFIED);
        page.levels.get(Dimension.PLATFORM).setValue(Level.BASIC);
        page.comment.setValue("<b>网上办很方便</b>");
        assertThat(page.submit()).isTrue();
        assertThat(text(page.content)).contains("感谢您的评价");
        assertThat(f.service.ofCase(1, EvaluationFixture.DONE).orElseThrow().comment())
                .isEqualTo("<b>网上办很方便</b>");

        page.show(1, EvaluationFixture.DONE);
        assertThat(text(page.content)).contains("您已评价办件", "满意");
        mine.show(1);
        assertThat(text(mine.content)).contains("您没有待评价的办件");
    }

    @Test
    void intakesNoticeOfAResultLinksToTheCasesRatingPage() {
        RateCaseLink link = new RateCaseLink();
        assertThat(link.link(EvaluationFixture.DONE)).contains("/my-ratings/" + EvaluationFixture.DONE);
        assertThat(link.link("../admin")).isEmpty();
        assertThat(link.link(null)).isEmpty();
    }

    @Test
    void casesNotYoursOrNotFinishedAreRefusedInOneSentence() {
        RateCaseView page = new RateCaseView(f.service);
        page.show(1, EvaluationFixture.OTHERS);
        page.levels.get(Dimension.OVERALL).setValue(Level.SATISFIED);
        assertThat(page.submit()).isFalse();
        assertThat(text(page.content)).contains("未找到您的办件 " + EvaluationFixture.OTHERS);

        page.show(1, EvaluationFixture.RUNNING);
        page.levels.get(Dimension.OVERALL).setValue(Level.SATISFIED);
        assertThat(page.submit()).isFalse();
        assertThat(text(page.content)).contains("尚未办结，办结后才能评价");
        assertThat(f.db.count("eval_rating")).isZero();
    }
}
