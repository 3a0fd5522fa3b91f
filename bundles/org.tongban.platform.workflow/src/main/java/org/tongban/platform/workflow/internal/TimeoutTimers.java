package org.tongban.platform.workflow.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.Timeout;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.WorkflowException;
import org.tongban.platform.workflow.WorkflowState;

/**
 * The durable timers of timeouts: one per case and watched state, named {@value #NAME}, set and cancelled in the
 * transition's transaction (the scheduler's timers join it), so a timer exists exactly when the step that entered the
 * state committed. It also knows the definitions with timeouts, by kind, for the timers that fire.
 */
final class TimeoutTimers {
    static final String NAME = "workflow-timeout";
    private static final String DETAIL = "detail.";

    private final TimeoutAmounts amounts;
    private final Supplier<WorkflowClock> workflowClock;
    private final Map<String, WorkflowDefinition> definitions = new ConcurrentHashMap<>();
    private volatile Timers timers;

    TimeoutTimers(TimeoutAmounts amounts, Supplier<WorkflowClock> workflowClock) {
        this.amounts = amounts;
        this.workflowClock = workflowClock;
    }

    /** The scheduler, or {@code null} while there is none. */
    void timers(Timers timers) {
        this.timers = timers;
    }

    Timers timers() {
        return timers;
    }

    /** A definition whose timers may fire, so that they fire after a restart before anyone uses it. */
    void add(WorkflowDefinition definition) {
        definitions.put(definition.kind(), definition);
    }

    /** The definition of a kind, or {@code null} while none is known on this node. */
    WorkflowDefinition definition(String kind) {
        return definitions.get(kind);
    }

    /** Cancels the timer of the state the case leaves and sets the one of the state it enters, if they have any. */
    void moved(WorkflowDefinition definition, String left, WorkflowState entered, Map<String, String> details) {
        // A definition a call used is known from then on: its timers fire even if it is not registered as a service.
        if (!definition.timeouts().isEmpty()) {
            definitions.put(definition.kind(), definition);
        }
        Timers timers = this.timers;
        WorkflowClock clock = workflowClock.get();
        if (left != null && definition.timeout(left).isPresent() && timers != null) {
            // Without the scheduler the old timer stays; it finds the case at another version and does nothing.
            timers.cancel(NAME, id(definition.kind(), entered.id(), left));
        }
        Optional<Timeout> watch = definition.timeout(entered.state());
        if (watch.isEmpty()) {
            return;
        }
        if (timers == null) {
            throw new WorkflowException("定时服务不可用，请稍后再试");
        }
        if (clock == null) {
            throw new WorkflowException("办理时限服务不可用，请稍后再试");
        }
        Timeout timeout = amounts.at(definition.kind(), watch.get(), entered.jurisdictionCode());
        Instant due = clock.due(
                entered.jurisdictionCode(), entered.updatedAt(), timeout.amount(), timeout.unit(), timeout.cutoff());
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("kind", definition.kind());
        payload.put("id", entered.id());
        payload.put("state", entered.state());
        payload.put("version", Long.toString(entered.version()));
        details.forEach((key, value) -> payload.put(DETAIL + key, value));
        timers.schedule(NAME, id(definition.kind(), entered.id(), entered.state()), due, payload);
    }

    /** The details of the step that entered the state, kept for the timeout's action (its clock's limit). */
    static Map<String, String> details(Map<String, String> payload) {
        Map<String, String> details = new LinkedHashMap<>();
        payload.forEach((key, value) -> {
            if (key.startsWith(DETAIL)) {
                details.put(key.substring(DETAIL.length()), value);
            }
        });
        return details;
    }

    /** The timer's id: kind, case and state, hashed when longer than the scheduler takes. */
    static String id(String kind, String caseId, String state) {
        String id = kind + "/" + caseId + "/" + state;
        if (id.length() <= 140) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return kind + "/" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
