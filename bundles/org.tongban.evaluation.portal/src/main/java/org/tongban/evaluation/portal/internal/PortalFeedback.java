package org.tongban.evaluation.portal.internal;

import org.tongban.evaluation.EvaluationException;
import org.tongban.platform.ui.Feedback;

/** The evaluation's refusals as worded, in the citizen's language. */
final class PortalFeedback {
    static final Feedback FEEDBACK =
            Feedback.standard().showing(EvaluationException.class).unexpected("evaluation.portal.unexpected");

    private PortalFeedback() {}
}
