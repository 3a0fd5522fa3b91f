package org.tongban.helpdesk.ui.internal;

import org.tongban.helpdesk.HelpdeskException;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.WorkflowException;

/** How the help desk's refusals reach the user: its own and the workflow's messages as worded, a stale step in ours. */
final class HelpdeskFeedback {
    static final Feedback FEEDBACK = Feedback.standard()
            .showing(HelpdeskException.class, WorkflowException.class)
            .describing(StaleCaseException.class, (view, e) -> view.getTranslation("helpdesk.ui.stale"))
            .unexpected("helpdesk.ui.unexpected");

    private HelpdeskFeedback() {}
}
