package org.tongban.platform.workflow.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.WorkflowState;

/**
 * The steps of a case in {@code platform_workflow} and {@code platform_workflow_history}, shared by the clerks'
 * operations and the timeouts the system takes: each step writes the row, its history, audit entry and event, and
 * moves the timeout timers, all in the caller's transaction. Permissions and the checks of the step are the caller's.
 */
final class CaseSteps {
    private static final String COLUMNS = "kind, aggregate_id, state, version, jurisdiction_code, clock_id, updated_at";

    private final Clock clock;
    private final AuditLog auditLog;
    private final DomainEvents events;
    private final TimeoutTimers timeouts;

    CaseSteps(Clock clock, AuditLog auditLog, DomainEvents events, TimeoutTimers timeouts) {
        this.clock = clock;
        this.auditLog = auditLog;
        this.events = events;
        this.timeouts = timeouts;
    }

    /** A new case in the given state, with its first history entry. */
    WorkflowState insert(
            Connection c,
            WorkflowDefinition definition,
            String id,
            String jurisdictionCode,
            String state,
            String action,
            String reason,
            String actor,
            Map<String, String> details)
            throws SQLException {
        Instant now = Jdbc.truncate(clock.instant());
        Jdbc.update(
                c,
                "INSERT INTO platform_workflow (" + COLUMNS + ") VALUES (?, ?, ?, 1, ?, ?, ?)",
                definition.kind(),
                id,
                state,
                jurisdictionCode,
                Jdbc.NULL_LONG,
                now);
        WorkflowState created = new WorkflowState(definition.kind(), id, state, 1, jurisdictionCode, null, now);
        record(c, created, null, action, reason, actor);
        timeouts.moved(definition, null, created, details);
        return created;
    }

    /** The case moved to another state (or the same one again) at the next version. */
    WorkflowState move(
            Connection c,
            WorkflowDefinition definition,
            WorkflowState current,
            String to,
            Long clockId,
            String action,
            String reason,
            String actor,
            Map<String, String> details)
            throws SQLException {
        Instant now = Jdbc.truncate(clock.instant());
        Jdbc.update(
                c,
                "UPDATE platform_workflow SET state = ?, version = version + 1, clock_id = ?, updated_at = ?"
                        + " WHERE kind = ? AND aggregate_id = ?",
                to,
                clockId == null ? Jdbc.NULL_LONG : clockId,
                now,
                definition.kind(),
                current.id());
        WorkflowState next = new WorkflowState(
                definition.kind(), current.id(), to, current.version() + 1, current.jurisdictionCode(), clockId, now);
        record(c, next, current.state(), action, reason, actor);
        // A timeout's own timer is firing: the scheduler removes it when the handler returns.
        String left = JdbcWorkflows.SYSTEM_ACTOR.equals(actor) ? null : current.state();
        timeouts.moved(definition, left, next, details);
        return next;
    }

    /** History, audit entry and event of one step, in its transaction. */
    private void record(Connection c, WorkflowState state, String from, String action, String reason, String actor)
            throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO platform_workflow_history (kind, aggregate_id, from_state, action, to_state, actor,"
                        + " reason, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                state.kind(),
                state.id(),
                from,
                action,
                state.state(),
                actor,
                reason,
                state.updatedAt());
        auditLog.record(
                state.kind() + "." + action,
                state.kind() + "/" + state.id(),
                (from == null ? "" : from + " → ") + state.state() + (reason == null ? "" : "：" + reason));
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("id", state.id());
        payload.put("action", action);
        payload.put("from", from == null ? "" : from);
        payload.put("to", state.state());
        payload.put("jurisdictionCode", state.jurisdictionCode());
        payload.put("version", Long.toString(state.version()));
        payload.put("actor", actor);
        events.publish(state.kind() + "/" + action.toUpperCase(Locale.ROOT), state.kind() + "/" + state.id(), payload);
    }

    /** The case's row; locked for the rest of the transaction when {@code lock}. */
    static Optional<WorkflowState> row(Connection c, String kind, String id, boolean lock) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT " + COLUMNS + " FROM platform_workflow WHERE kind = ? AND aggregate_id = ?"
                        + (lock ? " FOR UPDATE" : ""),
                CaseSteps::state,
                kind,
                id);
    }

    /** When the case last entered a state, from its history. */
    static Instant entered(Connection c, String kind, String id, String state) throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT occurred_at FROM platform_workflow_history"
                                + " WHERE kind = ? AND aggregate_id = ? AND to_state = ? ORDER BY id DESC",
                        r -> Jdbc.instant(r, "occurred_at"),
                        kind,
                        id,
                        state)
                .orElseThrow(() -> new IllegalStateException(kind + "/" + id + " never entered " + state));
    }

    private static WorkflowState state(ResultSet r) throws SQLException {
        long clock = r.getLong("clock_id");
        Long clockId = r.wasNull() ? null : clock;
        return new WorkflowState(
                r.getString("kind"),
                r.getString("aggregate_id"),
                r.getString("state"),
                r.getLong("version"),
                r.getString("jurisdiction_code"),
                clockId,
                Jdbc.instant(r, "updated_at"));
    }
}
