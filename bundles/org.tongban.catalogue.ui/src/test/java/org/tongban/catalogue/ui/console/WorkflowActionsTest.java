package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalogue.ui.console.WorkflowActions.Action.PUBLISH;
import static org.tongban.catalogue.ui.console.WorkflowActions.Action.RECALL;
import static org.tongban.catalogue.ui.console.WorkflowActions.Action.SAVE;
import static org.tongban.catalogue.ui.console.WorkflowActions.Action.SEND_BACK;
import static org.tongban.catalogue.ui.console.WorkflowActions.Action.SUBMIT;
import static org.tongban.catalogue.ui.console.WorkflowActions.Action.WITHDRAW;

import org.junit.jupiter.api.Test;
import org.tongban.catalogue.GuideStatus;

/** The buttons the editor offers for each status and each combination of permissions. */
class WorkflowActionsTest {

    @Test
    void anEditorSavesAndSubmitsDraftsButNeverPublishes() {
        assertThat(WorkflowActions.available(null, false, true, false, false)).containsExactly(SAVE);
        assertThat(WorkflowActions.available(GuideStatus.DRAFT, false, true, false, false))
                .containsExactly(SAVE, SUBMIT);
        assertThat(WorkflowActions.available(GuideStatus.REVIEW, false, true, false, false))
                .as("what is under review stays as submitted")
                .isEmpty();
        assertThat(WorkflowActions.available(GuideStatus.PUBLISHED, true, true, false, false))
                .containsExactly(SAVE);
    }

    @Test
    void aPublisherApprovesOrSendsBackOnlyWhatIsUnderReview() {
        assertThat(WorkflowActions.available(GuideStatus.REVIEW, false, true, true, false))
                .containsExactly(PUBLISH, SEND_BACK);
        assertThat(WorkflowActions.available(GuideStatus.DRAFT, false, true, true, false))
                .containsExactly(SAVE, SUBMIT);
    }

    @Test
    void onlyTheSubmitterIsOfferedToRecallAGuideUnderReview() {
        assertThat(WorkflowActions.available(GuideStatus.REVIEW, false, true, false, true))
                .containsExactly(RECALL);
        assertThat(WorkflowActions.available(GuideStatus.REVIEW, true, true, true, true))
                .containsExactly(PUBLISH, RECALL, SEND_BACK, WITHDRAW);
        assertThat(WorkflowActions.available(GuideStatus.REVIEW, false, false, false, true))
                .as("a submitter who lost the edit right")
                .isEmpty();
        assertThat(WorkflowActions.available(GuideStatus.DRAFT, false, true, false, true))
                .containsExactly(SAVE, SUBMIT);
    }

    @Test
    void withdrawingNeedsAPublishedVersionEvenBelowANewDraft() {
        assertThat(WorkflowActions.available(GuideStatus.PUBLISHED, true, true, true, false))
                .containsExactly(SAVE, WITHDRAW);
        assertThat(WorkflowActions.available(GuideStatus.DRAFT, true, true, true, false))
                .containsExactly(SAVE, SUBMIT, WITHDRAW);
        assertThat(WorkflowActions.available(GuideStatus.WITHDRAWN, false, true, true, false))
                .containsExactly(SAVE);
    }

    @Test
    void aReaderGetsNoButtonAtAll() {
        for (GuideStatus status : GuideStatus.values()) {
            assertThat(WorkflowActions.available(status, true, false, false, false))
                    .isEmpty();
        }
    }

    @Test
    void everyButtonHasAStableIdForBrowserTests() {
        assertThat(SAVE.id()).isEqualTo("catalogue-save");
        assertThat(SUBMIT.id()).isEqualTo("catalogue-submit");
        assertThat(PUBLISH.id()).isEqualTo("catalogue-publish");
        assertThat(SEND_BACK.id()).isEqualTo("catalogue-send-back");
        assertThat(WITHDRAW.id()).isEqualTo("catalogue-withdraw");
        assertThat(RECALL.id()).isEqualTo("catalogue-recall");
    }
}
