package org.tongban.intake.ui.internal;

import org.tongban.platform.ui.Feedback;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.WorkflowException;

/** How intake's refusals reach the clerk: intake's and the workflow's messages as worded, a stale case in our words. */
final class CaseFeedback {
    static final Feedback FEEDBACK = Feedback.standard()
            .showing(WorkflowException.class)
            .describing(StaleCaseException.class, (view, e) -> view.getTranslation("intake.ui.case.stale"))
            .unexpected("intake.ui.unexpected");

    private CaseFeedback() {}
}
