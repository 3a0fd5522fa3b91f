package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.tongban.intake.Delivery;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeStates;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.WorkflowState;

/**
 * One step of a case: the permission at the processing jurisdiction, the step's own checks and rows, the workflow's
 * transition (state, clock, history, audit, event) and the case's copy of its state, in one transaction under the
 * case's row lock.
 */
final class CaseSteps {
    /** A step's own checks and writes, before the transition; returns the transition's details. */
    interface Work {
        Map<String, String> apply(Connection c, StoredCase locked) throws SQLException;
    }

    /**
     * What the step hands the applicant once the case has moved (documents, notices), in the same transaction; it
     * writes neither the case row nor its checklist, so the step answers the case as it moved.
     */
    interface After {
        void apply(Connection c, StoredCase moved) throws SQLException;
    }

    private final IntakeContext context;
    private final CaseOutputs outputs;

    CaseSteps(IntakeContext context, CaseOutputs outputs) {
        this.context = context;
        this.outputs = outputs;
    }

    IntakeCase step(String number, long version, String permission, String action, String reason, Work work) {
        return step(number, version, permission, action, reason, work, (c, moved) -> {});
    }

    IntakeCase step(
            String number, long version, String permission, String action, String reason, Work work, After after) {
        StoredCase k = context.readable(number);
        context.access.check(permission, k.processing());
        return context.tx.required(c -> {
            StoredCase locked = CaseStore.find(c, number, true).orElseThrow();
            WorkflowState current =
                    context.workflows.state(IntakeWorkflow.DEFINITION, number).orElseThrow();
            // Someone acted since the clerk looked: say so before the step's own checks, whatever they would find.
            if (current.version() != version) {
                throw new StaleCaseException(IntakeWorkflow.KIND, number);
            }
            // A step the case's state does not allow, decided on the version the clerk saw.
            if (IntakeWorkflow.DEFINITION.find(current.state(), action).isEmpty()) {
                throw IntakeException.of("intake.error.wrongState", number, StateNames.of(current.state()));
            }
            Map<String, String> details = work.apply(c, locked);
            WorkflowState state =
                    context.workflows.transition(IntakeWorkflow.DEFINITION, number, action, version, reason, details);
            CaseStore.moved(c, number, state.state(), state.version());
            StoredCase moved = CaseStore.find(c, number, false).orElseThrow();
            after.apply(c, moved);
            return moved.masked();
        });
    }

    /**
     * 出件 where the case was received: a cross-region case is handed over by the receiving window, which holds the
     * deliver permission at its own jurisdiction, not at the processing one.
     */
    IntakeCase deliver(String number, long version, Delivery delivery) {
        Delivery clean = check(delivery);
        StoredCase k = context.readable(number);
        context.access.check(IntakePermissions.DELIVER, k.receiving());
        if (k.full().resultHeld()) {
            throw IntakeException.of("intake.error.resultHeld", number);
        }
        return context.tx.required(c -> {
            StoredCase locked = CaseStore.find(c, number, true).orElseThrow();
            if (locked.full().resultHeld()) {
                throw IntakeException.of("intake.error.resultHeld", number);
            }
            String note = clean.method() == Delivery.Method.MAIL ? "邮寄送达，运单号 " + clean.trackingNumber() : "窗口领取，已核验身份";
            WorkflowState state;
            if (locked.full().crossRegion()) {
                WorkflowState current = context.workflows
                        .state(IntakeWorkflow.DEFINITION, number)
                        .orElseThrow();
                if (current.version() != version) {
                    throw new StaleCaseException(IntakeWorkflow.KIND, number);
                }
                if (!IntakeStates.COMPLETED.equals(current.state())) {
                    throw IntakeException.of("intake.error.notCompleted", number);
                }
                state = context.workflows.load(
                        IntakeWorkflow.DEFINITION,
                        number,
                        locked.processing(),
                        IntakeStates.DELIVERED,
                        "deliver",
                        "收件地统一出件：" + note);
            } else {
                state = context.workflows.transition(
                        IntakeWorkflow.DEFINITION, number, "deliver", version, note, Map.of());
            }
            CaseStore.moved(c, number, state.state(), state.version());
            CaseStore.set(c, number, "delivery_method", clean.method());
            CaseStore.set(c, number, "delivery_tracking", clean.trackingNumber());
            CaseStore.set(c, number, "delivered_by", context.actor());
            outputs.delivered(c, CaseStore.find(c, number, false).orElseThrow(), clean);
            return CaseStore.find(c, number, false).orElseThrow().masked();
        });
    }

    private static Delivery check(Delivery delivery) {
        if (delivery == null || delivery.method() == null) {
            throw IntakeException.of("intake.error.deliveryMissing");
        }
        if (delivery.method() == Delivery.Method.PICK_UP && !delivery.identityChecked()) {
            throw IntakeException.of("intake.error.identityNotChecked");
        }
        if (delivery.method() == Delivery.Method.MAIL
                && (delivery.trackingNumber() == null
                        || !delivery.trackingNumber().strip().matches("[A-Za-z0-9]{6,30}"))) {
            throw IntakeException.of("intake.error.trackingNumber");
        }
        return delivery.method() == Delivery.Method.MAIL
                ? Delivery.mail(delivery.trackingNumber().strip())
                : Delivery.pickUp();
    }
}
