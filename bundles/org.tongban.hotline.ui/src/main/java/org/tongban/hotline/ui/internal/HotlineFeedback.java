package org.tongban.hotline.ui.internal;

import org.tongban.hotline.HotlineException;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.WorkflowException;

/** How the hotline's refusals reach the user: its own and the workflow's messages as worded, a stale ticket in ours. */
final class HotlineFeedback {
    static final Feedback FEEDBACK = Feedback.standard()
            .showing(HotlineException.class, WorkflowException.class)
            .describing(StaleCaseException.class, (view, e) -> view.getTranslation("hotline.ui.ticket.stale"))
            .unexpected("hotline.ui.unexpected");

    private HotlineFeedback() {}
}
