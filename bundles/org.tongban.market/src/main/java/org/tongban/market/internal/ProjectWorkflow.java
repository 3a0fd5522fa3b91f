package org.tongban.market.internal;

import static org.tongban.market.ProjectState.AWAITING_ACCEPTANCE;
import static org.tongban.market.ProjectState.AWAITING_CONFIRMATION;
import static org.tongban.market.ProjectState.AWAITING_CONTRACT;
import static org.tongban.market.ProjectState.AWAITING_SELECTION;
import static org.tongban.market.ProjectState.COMPLETED;
import static org.tongban.market.ProjectState.CONTRACT_REVIEW;
import static org.tongban.market.ProjectState.FAILED;
import static org.tongban.market.ProjectState.IN_SERVICE;
import static org.tongban.market.ProjectState.PUBLICITY;
import static org.tongban.market.ProjectState.RATED;
import static org.tongban.market.ProjectState.TERMINATED;

import java.util.List;
import org.tongban.market.MarketPermissions;
import org.tongban.market.ProjectState;
import org.tongban.platform.workflow.Transition;
import org.tongban.platform.workflow.WorkflowDefinition;

/**
 * The table of a project. Rows of {@link Transition#SYSTEM} are the parties' own steps (owner, agency), which the
 * market checks against the project and the signed-in account before it moves the case, and the rules' consequences
 * (deadlines passing); rows with a permission are the office's.
 */
final class ProjectWorkflow {
    static final String SUPERVISE = MarketPermissions.SUPERVISE;
    static final String PARTY = Transition.SYSTEM;

    static final WorkflowDefinition DEFINITION = table();

    private ProjectWorkflow() {}

    private static WorkflowDefinition table() {
        WorkflowDefinition.Builder b = WorkflowDefinition.of(ProjectState.KIND, AWAITING_SELECTION.name())
                .createdWith(SUPERVISE)
                .readWith(MarketPermissions.READ);
        b.on(AWAITING_SELECTION.name(), "select", PUBLICITY.name()).permission(SUPERVISE);
        b.on(AWAITING_SELECTION.name(), "choose", PUBLICITY.name()).permission(PARTY);
        b.on(AWAITING_SELECTION.name(), "fail", FAILED.name())
                .permission(SUPERVISE)
                .reason();
        b.on(PUBLICITY.name(), "confirmResult", AWAITING_CONFIRMATION.name()).permission(PARTY);
        b.on(PUBLICITY.name(), "upholdObjection", FAILED.name())
                .permission(SUPERVISE)
                .reason();
        b.on(AWAITING_CONFIRMATION.name(), "acceptWin", AWAITING_CONTRACT.name())
                .permission(PARTY);
        b.on(AWAITING_CONFIRMATION.name(), "refuseWin", FAILED.name()).permission(PARTY);
        b.on(AWAITING_CONFIRMATION.name(), "lapse", FAILED.name()).permission(PARTY);
        b.on(AWAITING_CONFIRMATION.name(), "expiredQualification", FAILED.name())
                .permission(PARTY);
        b.on(AWAITING_CONTRACT.name(), "uploadContract", CONTRACT_REVIEW.name()).permission(PARTY);
        b.on(AWAITING_CONTRACT.name(), "lapse", FAILED.name()).permission(PARTY);
        b.on(CONTRACT_REVIEW.name(), "confirmContract", IN_SERVICE.name()).permission(PARTY);
        b.on(CONTRACT_REVIEW.name(), "lapse", FAILED.name()).permission(PARTY);
        b.on(IN_SERVICE.name(), "deliver", AWAITING_ACCEPTANCE.name()).permission(PARTY);
        b.on(AWAITING_ACCEPTANCE.name(), "accept", COMPLETED.name()).permission(PARTY);
        b.on(AWAITING_ACCEPTANCE.name(), "returnResult", IN_SERVICE.name()).permission(PARTY);
        b.on(COMPLETED.name(), "rate", RATED.name()).permission(PARTY);
        for (ProjectState s : List.of(
                AWAITING_SELECTION,
                PUBLICITY,
                AWAITING_CONFIRMATION,
                AWAITING_CONTRACT,
                CONTRACT_REVIEW,
                IN_SERVICE,
                AWAITING_ACCEPTANCE)) {
            b.on(s.name(), "terminate", TERMINATED.name()).permission(SUPERVISE).reason();
        }
        return b.build();
    }
}
