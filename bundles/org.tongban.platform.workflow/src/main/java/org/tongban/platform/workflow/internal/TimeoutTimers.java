package org.tongban.platform.workflow.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.Timeout;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.WorkflowException;
import org.tongban.platform.workflow.WorkflowState;

/**
 * The durable timers of timeouts: one per case and watched state, named {@value #NAME}, set and cancelled in the
 * transition's transaction (the scheduler's timers join it), so a timer exists exactly when the step that entered the
 * state committed.
 */
final class TimeoutTimers {
    static final String NAME = "workflow-timeout";
    private static final String DETAIL = "detail.";

    private TimeoutTimers() {}

    /** Cancels the timer of the state the case leaves and sets the one of the state it enters, if they have any. */
    static void moved(
            Timers timers,
            WorkflowClock clock,
            TimeoutAmounts amounts,
            WorkflowDefinition definition,
            String left,
            WorkflowState entered,
            Map<String, String> details) {
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
