package org.tongban.intake.internal;

import static org.tongban.intake.IntakePermissions.ACCEPT;
import static org.tongban.intake.IntakePermissions.ASSIGN;
import static org.tongban.intake.IntakePermissions.DECIDE;
import static org.tongban.intake.IntakePermissions.DELIVER;
import static org.tongban.intake.IntakePermissions.EXTEND;
import static org.tongban.intake.IntakePermissions.READ;
import static org.tongban.intake.IntakePermissions.RECEIVE;
import static org.tongban.intake.IntakePermissions.VERIFY;
import static org.tongban.intake.IntakeStates.ACCEPTED;
import static org.tongban.intake.IntakeStates.APPROVED;
import static org.tongban.intake.IntakeStates.COMPLETED;
import static org.tongban.intake.IntakeStates.DELIVERED;
import static org.tongban.intake.IntakeStates.DENIED;
import static org.tongban.intake.IntakeStates.FORWARDED;
import static org.tongban.intake.IntakeStates.RECEIVED;
import static org.tongban.intake.IntakeStates.REJECTED;
import static org.tongban.intake.IntakeStates.REVIEW;
import static org.tongban.intake.IntakeStates.REVOKED;
import static org.tongban.intake.IntakeStates.SUPPLEMENT;
import static org.tongban.intake.IntakeStates.SUSPENDED;
import static org.tongban.intake.IntakeStates.TERMINATED;
import static org.tongban.intake.IntakeStates.WITHDRAWN;

import org.tongban.intake.IntakePermissions;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.Timeout;
import org.tongban.platform.workflow.Transition;
import org.tongban.platform.workflow.WorkflowDefinition;

/**
 * The {@code intake} transition table. The case's workflow jurisdiction is the processing one; a window of another
 * jurisdiction receives into {@code FORWARDED} and hands the result over through the service, which checks its own
 * permission there.
 */
final class IntakeWorkflow {
    static final String KIND = "intake";

    /** 行政许可法 第三十二条第一款第四项: the history's reason when the system accepts. */
    static final String DEEMED = "逾期未告知补正内容，视为受理（行政许可法第三十二条）";

    static final WorkflowDefinition DEFINITION = WorkflowDefinition.of(KIND, RECEIVED)
            .createdWith(RECEIVE)
            .readWith(READ)
            .on(FORWARDED, "takeOver", RECEIVED)
            .permission(ACCEPT)
            .on(RECEIVED, "accept", ACCEPTED)
            .permission(ACCEPT)
            .clock(ClockEffect.START)
            .on(RECEIVED, "reject", REJECTED)
            .permission(ACCEPT)
            .reason()
            .on(RECEIVED, "requestSupplement", SUPPLEMENT)
            .permission(ACCEPT)
            .reason()
            // 第三十二条: five (working, 第八十二条) days to tell everything to correct, else accepted as of receipt.
            .on(RECEIVED, "deemAccept", ACCEPTED)
            .permission(Transition.SYSTEM)
            .clock(ClockEffect.START)
            .timeout(Timeout.of(RECEIVED, 5, "WORKING_DAYS", "deemAccept", DEEMED)
                    .clockAsOf(RECEIVED))
            .on(SUPPLEMENT, "supplement", RECEIVED)
            .permission(ACCEPT)
            // 即办件 and 告知承诺: decided at the window on the spot.
            .on(ACCEPTED, "decideOnSpot", COMPLETED)
            .permission(ACCEPT)
            .clock(ClockEffect.COMPLETE)
            .on(ACCEPTED, "claim", REVIEW)
            .permission(IntakePermissions.REVIEW)
            .on(ACCEPTED, "assign", REVIEW)
            .permission(ASSIGN)
            .on(REVIEW, "inspect", REVIEW)
            .permission(IntakePermissions.REVIEW)
            .on(REVIEW, "approve", APPROVED)
            .permission(DECIDE)
            .on(REVIEW, "deny", DENIED)
            .permission(DECIDE)
            .reason()
            .clock(ClockEffect.COMPLETE)
            .on(APPROVED, "complete", COMPLETED)
            .permission(DECIDE)
            .clock(ClockEffect.COMPLETE)
            .on(COMPLETED, "deliver", DELIVERED)
            .permission(DELIVER)
            .on(REVIEW, "suspend", SUSPENDED)
            .permission(DECIDE)
            .reason()
            .clock(ClockEffect.PAUSE)
            .on(SUSPENDED, "resume", REVIEW)
            .permission(DECIDE)
            .clock(ClockEffect.RESUME)
            .on(REVIEW, "extend", REVIEW)
            .permission(EXTEND)
            .reason()
            .clock(ClockEffect.EXTEND)
            .on(FORWARDED, "withdraw", WITHDRAWN)
            .permission(ACCEPT)
            .reason()
            .on(RECEIVED, "withdraw", WITHDRAWN)
            .permission(ACCEPT)
            .reason()
            .on(SUPPLEMENT, "withdraw", WITHDRAWN)
            .permission(ACCEPT)
            .reason()
            .on(ACCEPTED, "withdraw", WITHDRAWN)
            .permission(ACCEPT)
            .reason()
            .clock(ClockEffect.COMPLETE)
            .on(REVIEW, "withdraw", WITHDRAWN)
            .permission(ACCEPT)
            .reason()
            .clock(ClockEffect.COMPLETE)
            .on(ACCEPTED, "terminate", TERMINATED)
            .permission(DECIDE)
            .reason()
            .clock(ClockEffect.COMPLETE)
            .on(REVIEW, "terminate", TERMINATED)
            .permission(DECIDE)
            .reason()
            .clock(ClockEffect.COMPLETE)
            .on(SUSPENDED, "terminate", TERMINATED)
            .permission(DECIDE)
            .reason()
            .clock(ClockEffect.COMPLETE)
            .on(APPROVED, "terminate", TERMINATED)
            .permission(DECIDE)
            .reason()
            .clock(ClockEffect.COMPLETE)
            .on(COMPLETED, "terminate", TERMINATED)
            .permission(DECIDE)
            .reason()
            // A false pledge found at verification: the decision is revoked (撤销).
            .on(COMPLETED, "revoke", REVOKED)
            .permission(VERIFY)
            .reason()
            .on(DELIVERED, "revoke", REVOKED)
            .permission(VERIFY)
            .reason()
            .build();

    private IntakeWorkflow() {}
}
