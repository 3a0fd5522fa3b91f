package org.tongban.platform.workflow.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.Timeout;
import org.tongban.platform.workflow.Transition;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.WorkflowState;

/**
 * What a due timeout timer does. The timer names the case's kind; the definition comes from a call that used it or
 * from a {@link WorkflowDefinition} registered as a service, and a timer of a kind not known yet fails so that the
 * scheduler tries it again later.
 */
final class TimeoutFiring {
    private final Transactions tx;
    private final CaseSteps steps;
    private final TimeoutTimers timeouts;
    private final Supplier<WorkflowClock> workflowClock;

    TimeoutFiring(Transactions tx, CaseSteps steps, TimeoutTimers timeouts, Supplier<WorkflowClock> workflowClock) {
        this.tx = tx;
        this.steps = steps;
        this.timeouts = timeouts;
        this.workflowClock = workflowClock;
    }

    /**
     * A timeout is due: if the case is still in the state at the version that entered it, the system takes the
     * timeout's action, with its clock effect (as of the entry of {@link Timeout#clockAsOf()} if set), history by
     * {@value JdbcWorkflows#SYSTEM_ACTOR}, audit entry and event, in one transaction under the case's row lock.
     * Otherwise someone acted in time (or concurrently) and nothing happens.
     */
    void fire(Map<String, String> payload) {
        String kind = payload.get("kind");
        WorkflowDefinition definition = timeouts.definition(kind);
        if (definition == null) {
            throw new IllegalStateException("workflow " + kind + " not known on this node yet");
        }
        String id = payload.get("id");
        String state = payload.get("state");
        long version = Long.parseLong(payload.get("version"));
        tx.required(c -> {
            Optional<WorkflowState> found = CaseSteps.row(c, kind, id, true);
            if (found.isEmpty()
                    || !found.get().state().equals(state)
                    || found.get().version() != version) {
                return null;
            }
            WorkflowState current = found.get();
            Optional<Timeout> timeout = definition.timeout(state);
            if (timeout.isEmpty()) {
                return null;
            }
            Transition t = definition.find(state, timeout.get().action()).orElseThrow();
            Long clockId = current.clockId();
            if (t.clock() != ClockEffect.NONE) {
                WorkflowClock clocks = workflowClock.get();
                if (clocks == null) {
                    throw new IllegalStateException("no working-time service for timeout of " + kind + "/" + id);
                }
                Map<String, String> details = TimeoutTimers.details(payload);
                if (timeout.get().clockAsOf() != null) {
                    details.put(
                            "acceptedAt",
                            CaseSteps.entered(c, kind, id, timeout.get().clockAsOf())
                                    .toString());
                }
                clockId = clocks.applyAsSystem(
                        t.clock(), current, clockId, timeout.get().reason(), details);
            }
            steps.move(
                    c,
                    definition,
                    current,
                    t.to(),
                    clockId,
                    t.action(),
                    timeout.get().reason(),
                    JdbcWorkflows.SYSTEM_ACTOR,
                    Map.of());
            return null;
        });
    }
}
