package org.tongban.evaluation.ui.internal;

import org.tongban.evaluation.EvaluationException;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.WorkflowException;

/** How the evaluation's refusals reach the user: its own and the workflow's messages as worded, a stale task in ours. */
final class EvaluationFeedback {
    static final Feedback FEEDBACK = Feedback.standard()
            .showing(EvaluationException.class, WorkflowException.class)
            .describing(StaleCaseException.class, (view, e) -> view.getTranslation("evaluation.ui.stale"))
            .unexpected("evaluation.ui.unexpected");

    private EvaluationFeedback() {}
}
