package org.tongban.hotline.internal;

import static org.tongban.hotline.HotlinePermissions.ACCEPT;
import static org.tongban.hotline.HotlinePermissions.CALLBACK;
import static org.tongban.hotline.HotlinePermissions.DISPATCH;
import static org.tongban.hotline.HotlinePermissions.HANDLE;
import static org.tongban.hotline.HotlinePermissions.READ;
import static org.tongban.hotline.HotlinePermissions.REVIEW;
import static org.tongban.hotline.TicketStates.ANSWERED;
import static org.tongban.hotline.TicketStates.DISPATCHED;
import static org.tongban.hotline.TicketStates.EVALUATED;
import static org.tongban.hotline.TicketStates.HANDLING;
import static org.tongban.hotline.TicketStates.MERGED;
import static org.tongban.hotline.TicketStates.RECEIVED;
import static org.tongban.hotline.TicketStates.RETURNED;

import org.tongban.hotline.TicketStates;
import org.tongban.platform.workflow.WorkflowDefinition;

/**
 * The {@code hotline} transition table after GB/T 33358 (受理 → 派单 → 签收 → 办理 → 答复 → 审核 → 办结 → 回访 → 评价). The case's
 * jurisdiction is the ticket's place; a unit's rows need {@code hotline:handle} there, which a unit holds over its own
 * jurisdiction, and the service checks that the user works in the unit.
 */
final class HotlineWorkflow {
    static final String KIND = "hotline";

    static final WorkflowDefinition DEFINITION = WorkflowDefinition.of(KIND, RECEIVED)
            .createdWith(ACCEPT)
            .readWith(READ)
            .on(RECEIVED, "answer", ANSWERED)
            .permission(ACCEPT)
            .on(RECEIVED, "dispatch", DISPATCHED)
            .permission(DISPATCH)
            .on(RETURNED, "dispatch", DISPATCHED)
            .permission(DISPATCH)
            .on(RECEIVED, "merge", MERGED)
            .permission(DISPATCH)
            .on(RETURNED, "merge", MERGED)
            .permission(DISPATCH)
            .on(DISPATCHED, "sign", HANDLING)
            .permission(HANDLE)
            .on(DISPATCHED, "giveBack", RETURNED)
            .permission(HANDLE)
            .reason()
            .on(HANDLING, "giveBack", RETURNED)
            .permission(HANDLE)
            .reason()
            .on(HANDLING, "requestExtension", HANDLING)
            .permission(HANDLE)
            .reason()
            .on(HANDLING, "approveExtension", HANDLING)
            .permission(REVIEW)
            .on(HANDLING, "refuseExtension", HANDLING)
            .permission(REVIEW)
            .reason()
            .on(HANDLING, "reply", TicketStates.REVIEW)
            .permission(HANDLE)
            .on(TicketStates.REVIEW, "approve", TicketStates.CALLBACK)
            .permission(REVIEW)
            .on(TicketStates.REVIEW, "sendBack", HANDLING)
            .permission(REVIEW)
            .reason()
            .on(TicketStates.CALLBACK, "callbackFailed", TicketStates.CALLBACK)
            .permission(CALLBACK)
            .on(TicketStates.CALLBACK, "evaluate", EVALUATED)
            .permission(CALLBACK)
            .on(TicketStates.CALLBACK, "closeUnreached", EVALUATED)
            .permission(CALLBACK)
            .reason()
            .on(TicketStates.CALLBACK, "reopen", HANDLING)
            .permission(CALLBACK)
            .reason()
            .build();

    private HotlineWorkflow() {}
}
