package org.tongban.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakePermissions;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.MaterialState;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowState;

/**
 * 容缺: a tolerated material holds the result back until it is supplied; the case's durable timer is due at the
 * earliest open supply deadline. When it passes with the material still missing, the system terminates the case
 * ({@code intake/TERMINATEUNSUPPLIED}, which the credit records and notifications hear).
 */
final class ToleranceDeadlines {
    static final String ACTION = "terminateUnsupplied";

    /** States whose clock runs, which the termination completes. */
    private static final Set<String> CLOCK_RUNNING =
            Set.of(IntakeStates.ACCEPTED, IntakeStates.REVIEW, IntakeStates.SUSPENDED, IntakeStates.APPROVED);

    private final IntakeContext context;
    private final CaseOutputs outputs;

    ToleranceDeadlines(IntakeContext context, CaseOutputs outputs) {
        this.context = context;
        this.outputs = outputs;
    }

    IntakeCase supplied(String number, String material) {
        StoredCase k = context.readable(number);
        if (!context.access.isPermitted(IntakePermissions.ACCEPT, k.receiving())) {
            context.access.check(IntakePermissions.ACCEPT, k.processing());
        }
        return context.tx.required(c -> {
            StoredCase locked = CaseStore.find(c, number, true).orElseThrow();
            return supply(c, locked, material, "容缺材料已补交：" + material);
        });
    }

    /**
     * Marks a tolerated material of a locked case supplied, moves or cancels its deadline timer, audits with {@code
     * note} and publishes {@code intake/SUPPLIED}, in the caller's transaction.
     */
    IntakeCase supply(java.sql.Connection c, StoredCase locked, String material, String note)
            throws java.sql.SQLException {
        String number = locked.number();
        if (IntakeStates.CLOSED.contains(locked.full().state())) {
            throw IntakeException.of("intake.error.caseClosed", number);
        }
        if (CaseStore.supplied(c, number, material, context.now()) == 0) {
            throw IntakeException.of("intake.error.notTolerated", material == null ? "" : material);
        }
        List<ChecklistItem> checklist = CaseStore.checklist(c, number);
        Optional<Instant> next = nextDue(checklist);
        if (next.isPresent()) {
            context.timers.schedule(Receiving.TOLERANCE_TIMER, number, next.get(), Map.of("case", number));
        } else {
            context.timers.cancel(Receiving.TOLERANCE_TIMER, number);
        }
        context.audit.record("intake.supplyTolerated", "intake/" + number, note);
        context.events.publish("intake/SUPPLIED", "intake/" + number, Map.of("id", number, "material", material));
        return CaseStore.find(c, number, false).orElseThrow().masked();
    }

    /** The timer fired: terminate the case if a tolerated material is still missing past its deadline. */
    void expired(String number) {
        context.tx.required(c -> {
            Optional<StoredCase> found = CaseStore.find(c, number, true);
            if (found.isEmpty()
                    || IntakeStates.CLOSED.contains(found.get().full().state())) {
                return null;
            }
            StoredCase k = found.get();
            Instant now = context.now();
            List<String> overdue = k.full().checklist().stream()
                    .filter(i -> i.state() == MaterialState.TOLERATED && i.suppliedAt() == null)
                    .filter(i -> !i.supplyDue().isAfter(now))
                    .map(ChecklistItem::name)
                    .toList();
            if (overdue.isEmpty()) {
                nextDue(k.full().checklist())
                        .ifPresent(due -> context.timers.schedule(
                                Receiving.TOLERANCE_TIMER, number, due, Map.of("case", number)));
                return null;
            }
            String reason = "容缺材料逾期未补交，终止办理：" + String.join("、", overdue);
            WorkflowState current =
                    context.workflows.state(IntakeWorkflow.DEFINITION, number).orElseThrow();
            if (CLOCK_RUNNING.contains(current.state()) && current.clockId() != null) {
                WorkflowClock clocks = context.workflowClock;
                if (clocks == null) {
                    throw new IllegalStateException("no working-time service to stop the clock of " + number);
                }
                clocks.applyAsSystem(ClockEffect.COMPLETE, current, current.clockId(), reason, Map.of());
            }
            // The system's own step: no clerk's permission, with its history, audit entry and event.
            WorkflowState terminated = context.workflows.load(
                    IntakeWorkflow.DEFINITION, number, k.processing(), IntakeStates.TERMINATED, ACTION, reason);
            CaseStore.moved(c, number, terminated.state(), terminated.version());
            outputs.pledgeBroken(k, overdue);
            return null;
        });
    }

    private static Optional<Instant> nextDue(List<ChecklistItem> checklist) {
        return checklist.stream()
                .filter(i -> i.state() == MaterialState.TOLERATED && i.suppliedAt() == null)
                .map(ChecklistItem::supplyDue)
                .min(Instant::compareTo);
    }
}
