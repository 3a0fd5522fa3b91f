package org.tongban.evaluation.internal;

import static org.tongban.evaluation.EvaluationPermissions.READ;
import static org.tongban.evaluation.EvaluationPermissions.RECTIFY;
import static org.tongban.evaluation.EvaluationPermissions.SUPERVISE;
import static org.tongban.evaluation.RectificationStates.CLOSED;
import static org.tongban.evaluation.RectificationStates.FIXING;
import static org.tongban.evaluation.RectificationStates.OFFICE_REVIEW;
import static org.tongban.evaluation.RectificationStates.VERIFY;
import static org.tongban.evaluation.RectificationStates.WITHDRAWN;

import org.tongban.platform.workflow.WorkflowDefinition;

/**
 * The {@code evaluation} table of a bad review's close-out: the unit verifies; justified → fix and report; not
 * justified → explain; malicious → appeal with evidence; the office accepts each close-out or sends it back. The case
 * is opened by the system when the bad review comes in ({@code Workflows.load}), the case's jurisdiction is the
 * rating's. When the reviewer amends the bad review to one that is not bad, the system withdraws the close-out
 * ({@code Workflows.load} into {@code WITHDRAWN}, a consequence of the citizen's amendment); a bad amendment after that
 * loads it back into {@code VERIFY}. The rows to {@code WITHDRAWN} name the state in the table; nobody takes them from
 * the console.
 */
final class RectificationWorkflow {
    static final String KIND = "evaluation";

    static final WorkflowDefinition DEFINITION = WorkflowDefinition.of(KIND, VERIFY)
            .createdWith(SUPERVISE)
            .readWith(READ)
            .on(VERIFY, "justify", FIXING)
            .permission(RECTIFY)
            .reason()
            .on(VERIFY, "explain", OFFICE_REVIEW)
            .permission(RECTIFY)
            .reason()
            .on(VERIFY, "appeal", OFFICE_REVIEW)
            .permission(RECTIFY)
            .reason()
            .on(FIXING, "report", OFFICE_REVIEW)
            .permission(RECTIFY)
            .reason()
            .on(OFFICE_REVIEW, "accept", CLOSED)
            .permission(SUPERVISE)
            .on(OFFICE_REVIEW, "sendBack", VERIFY)
            .permission(SUPERVISE)
            .reason()
            .on(VERIFY, "withdraw", WITHDRAWN)
            .permission(SUPERVISE)
            .reason()
            .on(FIXING, "withdraw", WITHDRAWN)
            .permission(SUPERVISE)
            .reason()
            .on(OFFICE_REVIEW, "withdraw", WITHDRAWN)
            .permission(SUPERVISE)
            .reason()
            .build();

    private RectificationWorkflow() {}
}
