package org.tongban.helpdesk.internal;

import static org.tongban.helpdesk.HelpStates.ASSIGNED;
import static org.tongban.helpdesk.HelpStates.COMPLETED;
import static org.tongban.helpdesk.HelpStates.HANDLING;
import static org.tongban.helpdesk.HelpStates.NEW;
import static org.tongban.helpdesk.HelpStates.SUSPENDED;
import static org.tongban.helpdesk.HelpStates.TERMINATED;
import static org.tongban.helpdesk.HelpdeskPermissions.ASSIGN;
import static org.tongban.helpdesk.HelpdeskPermissions.HANDLE;
import static org.tongban.helpdesk.HelpdeskPermissions.READ;

import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.WorkflowDefinition;

/**
 * The {@code helpdesk} table: a request is registered (NEW), assigned to a helper (ASSIGNED) or taken directly by
 * whoever first answers it; taking it starts its clock (the forms' 受理), suspension stops it, resumption restarts it,
 * completion or termination ends it. Hand-over and reassignment need a reason. The table checks the permission at the
 * request's area; the service adds who may act (the owner, the assignee, the team's leader).
 */
final class HelpdeskWorkflow {
    static final String KIND = "helpdesk";

    static final WorkflowDefinition DEFINITION = WorkflowDefinition.of(KIND, NEW)
            .createdWith(HANDLE)
            .readWith(READ)
            .on(NEW, "assign", ASSIGNED)
            .permission(ASSIGN)
            .on(ASSIGNED, "reassign", ASSIGNED)
            .permission(ASSIGN)
            .reason()
            .on(NEW, "take", HANDLING)
            .permission(HANDLE)
            .clock(ClockEffect.START)
            .on(ASSIGNED, "take", HANDLING)
            .permission(HANDLE)
            .clock(ClockEffect.START)
            .on(HANDLING, "handOver", HANDLING)
            .permission(HANDLE)
            .reason()
            .on(SUSPENDED, "handOver", SUSPENDED)
            .permission(HANDLE)
            .reason()
            .on(HANDLING, "suspend", SUSPENDED)
            .permission(HANDLE)
            .reason()
            .clock(ClockEffect.PAUSE)
            .on(SUSPENDED, "resume", HANDLING)
            .permission(HANDLE)
            .clock(ClockEffect.RESUME)
            .on(HANDLING, "complete", COMPLETED)
            .permission(HANDLE)
            .reason()
            .clock(ClockEffect.COMPLETE)
            .on(HANDLING, "terminate", TERMINATED)
            .permission(HANDLE)
            .reason()
            .clock(ClockEffect.COMPLETE)
            .on(SUSPENDED, "terminate", TERMINATED)
            .permission(HANDLE)
            .reason()
            .clock(ClockEffect.COMPLETE)
            .on(NEW, "cancel", TERMINATED)
            .permission(ASSIGN)
            .reason()
            .on(ASSIGNED, "cancel", TERMINATED)
            .permission(ASSIGN)
            .reason()
            .build();

    private HelpdeskWorkflow() {}
}
