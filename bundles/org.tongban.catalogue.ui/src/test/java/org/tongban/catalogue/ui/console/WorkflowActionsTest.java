package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalogue.ui.console.WorkflowActions.Action.PUBLISH;
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
        assertThat(WorkflowActions.available(null, false, true, false)).containsExactly(SAVE);
        assertThat(WorkflowActions.available(GuideStatus.DRAFT, false, true, false))
                .containsExactly(SAVE, SUBMIT);
        assertThat(WorkflowActions.available(GuideStatus.REVIEW, false, true, false))
                .containsExactly(SAVE);
        assertThat(WorkflowActions.available(GuideStatus.PUBLISHED, true, true, false))
                .containsExactly(SAVE);
    }

    @Test
    void aPublisherApprovesOrSendsBackOnlyWhatIsUnderReview() {
        assertThat(WorkflowActions.available(GuideStatus.REVIEW, false, true, true))
                .containsExactly(SAVE, PUBLISH, SEND_BACK);
        assertThat(WorkflowActions.available(GuideStatus.DRAFT, false, true, true))
                .containsExactly(SAVE, SUBMIT);
    }

    @Test
    void withdrawingNeedsAPublishedVersionEvenBelowANewDraft() {
        assertThat(WorkflowActions.available(GuideStatus.PUBLISHED, true, true, true))
                .containsExactly(SAVE, WITHDRAW);
        assertThat(WorkflowActions.available(GuideStatus.DRAFT, true, true, true))
                .containsExactly(SAVE, SUBMIT, WITHDRAW);
        assertThat(WorkflowActions.available(GuideStatus.WITHDRAWN, false, true, true))
                .containsExactly(SAVE);
    }

    @Test
    void aReaderGetsNoButtonAtAll() {
        for (GuideStatus status : GuideStatus.values()) {
            assertThat(WorkflowActions.available(status, true, false, false)).isEmpty();
        }
    }

    @Test
    void everyButtonHasAStableIdForBrowserTests() {
        assertThat(SAVE.id()).isEqualTo("catalogue-save");
        assertThat(SUBMIT.id()).isEqualTo("catalogue-submit");
        assertThat(PUBLISH.id()).isEqualTo("catalogue-publish");
        assertThat(SEND_BACK.id()).isEqualTo("catalogue-send-back");
        assertThat(WITHDRAW.id()).isEqualTo("catalogue-withdraw");
    }
}
