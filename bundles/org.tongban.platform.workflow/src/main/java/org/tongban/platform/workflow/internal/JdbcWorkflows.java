package org.tongban.platform.workflow.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.Transition;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.WorkflowException;
import org.tongban.platform.workflow.WorkflowState;
import org.tongban.platform.workflow.Workflows;

/** Cases in {@code platform_workflow}, their steps in {@code platform_workflow_history}. */
@Component(service = Workflows.class)
public final class JdbcWorkflows implements Workflows {
    static final int MAX_REASON = 2000;
    private static final String COLUMNS = "kind, aggregate_id, state, version, jurisdiction_code, clock_id, updated_at";

    private final Transactions tx;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final DomainEvents events;
    private final Clock clock;
    private volatile WorkflowClock workflowClock;

    @Activate
    public JdbcWorkflows(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference DomainEvents events) {
        this(database.transactions(), accessControl, auditLog, events, Clock.systemUTC());
    }

    JdbcWorkflows(Transactions tx, AccessControl accessControl, AuditLog auditLog, DomainEvents events, Clock clock) {
        this.tx = tx;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setWorkflowClock(WorkflowClock clock) {
        this.workflowClock = clock;
    }

    void unsetWorkflowClock(WorkflowClock clock) {
        if (this.workflowClock == clock) {
            this.workflowClock = null;
        }
    }

    @Override
    public WorkflowState create(WorkflowDefinition definition, String id, String jurisdictionCode) {
        return create(definition, id, jurisdictionCode, "create", null);
    }

    @Override
    public WorkflowState create(
            WorkflowDefinition definition, String id, String jurisdictionCode, String action, String comment) {
        checkId(id);
        checkJurisdiction(jurisdictionCode);
        accessControl.check(definition.createPermission(), jurisdictionCode);
        String reason = reason(comment);
        return tx.required(c -> {
            if (row(c, definition.kind(), id, true).isPresent()) {
                throw new WorkflowException("编号「" + id + "」已存在");
            }
            return insert(c, definition, id, jurisdictionCode, definition.initial(), action, reason);
        });
    }

    @Override
    public WorkflowState load(
            WorkflowDefinition definition,
            String id,
            String jurisdictionCode,
            String state,
            String action,
            String comment) {
        checkId(id);
        checkJurisdiction(jurisdictionCode);
        if (!definition.states().contains(state)) {
            throw new WorkflowException("「" + state + "」不是" + definition.kind() + "的状态");
        }
        String reason = reason(comment);
        return tx.required(c -> {
            Optional<WorkflowState> current = row(c, definition.kind(), id, true);
            if (current.isEmpty()) {
                return insert(c, definition, id, jurisdictionCode, state, action, reason);
            }
            return move(c, definition, current.get(), state, current.get().clockId(), action, reason);
        });
    }

    @Override
    public Optional<WorkflowState> state(WorkflowDefinition definition, String id) {
        return tx.read(c -> row(c, definition.kind(), id, false));
    }

    private WorkflowState insert(
            Connection c,
            WorkflowDefinition definition,
            String id,
            String jurisdictionCode,
            String state,
            String action,
            String reason)
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
        record(c, created, null, action, reason);
        return created;
    }

    private WorkflowState move(
            Connection c,
            WorkflowDefinition definition,
            WorkflowState current,
            String to,
            Long clockId,
            String action,
            String reason)
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
        record(c, next, current.state(), action, reason);
        return next;
    }

    private static String reason(String text) {
        String clean = text == null ? null : text.strip();
        if (clean != null && clean.length() > MAX_REASON) {
            throw new WorkflowException("原因不能超过" + MAX_REASON + "个字");
        }
        return clean == null || clean.isEmpty() ? null : clean;
    }

    private static void checkJurisdiction(String jurisdictionCode) {
        if (jurisdictionCode == null || jurisdictionCode.isBlank()) {
            throw new WorkflowException("请选择行政区划");
        }
    }

    @Override
    public WorkflowState transition(
            WorkflowDefinition definition,
            String id,
            String action,
            long expectedVersion,
            String reason,
            Map<String, String> details) {
        checkId(id);
        String cleanReason = reason(reason);
        return tx.required(c -> {
            WorkflowState current =
                    row(c, definition.kind(), id, true).orElseThrow(() -> new WorkflowException("事项「" + id + "」不存在"));
            if (current.version() != expectedVersion) {
                throw new StaleCaseException(definition.kind(), id);
            }
            Transition t = definition
                    .find(current.state(), action)
                    .orElseThrow(() -> new WorkflowException("当前状态「" + current.state() + "」下不能执行「" + action + "」"));
            accessControl.check(t.permission(), current.jurisdictionCode());
            if (t.reasonRequired() && cleanReason == null) {
                throw new WorkflowException("请填写原因");
            }
            Long clockId = current.clockId();
            if (t.clock() != ClockEffect.NONE) {
                WorkflowClock clocks = workflowClock;
                if (clocks == null) {
                    throw new WorkflowException("办理时限服务不可用，请稍后再试");
                }
                clockId = clocks.apply(t.clock(), current, clockId, cleanReason, details == null ? Map.of() : details);
            }
            return move(c, definition, current, t.to(), clockId, action, cleanReason);
        });
    }

    /** History, audit entry and event of one step, in its transaction. */
    private void record(Connection c, WorkflowState state, String from, String action, String reason)
            throws SQLException {
        String actor = accessControl.currentUser().map(CurrentUser::username).orElse("system");
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

    @Override
    public Optional<WorkflowState> find(WorkflowDefinition definition, String id) {
        Optional<WorkflowState> state = tx.read(c -> row(c, definition.kind(), id, false));
        return state.filter(s -> accessControl.isPermitted(definition.readPermission(), s.jurisdictionCode()));
    }

    @Override
    public List<HistoryEntry> history(WorkflowDefinition definition, String id) {
        WorkflowState state = find(definition, id).orElseThrow(() -> new WorkflowException("事项「" + id + "」不存在"));
        return tx.read(c -> Jdbc.list(
                c,
                "SELECT from_state, action, to_state, actor, reason, occurred_at FROM platform_workflow_history"
                        + " WHERE kind = ? AND aggregate_id = ? ORDER BY id",
                r -> new HistoryEntry(
                        r.getString("from_state"),
                        r.getString("action"),
                        r.getString("to_state"),
                        r.getString("actor"),
                        r.getString("reason"),
                        Jdbc.instant(r, "occurred_at")),
                state.kind(),
                state.id()));
    }

    @Override
    public List<Transition> available(WorkflowDefinition definition, String id) {
        return find(definition, id)
                .map(s -> definition.from(s.state()).stream()
                        .filter(t -> accessControl.isPermitted(t.permission(), s.jurisdictionCode()))
                        .toList())
                .orElse(List.of());
    }

    private static Optional<WorkflowState> row(Connection c, String kind, String id, boolean lock) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT " + COLUMNS + " FROM platform_workflow WHERE kind = ? AND aggregate_id = ?"
                        + (lock ? " FOR UPDATE" : ""),
                JdbcWorkflows::state,
                kind,
                id);
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

    private static void checkId(String id) {
        if (id == null || id.isBlank() || id.length() > 100) {
            throw new WorkflowException("事项编号无效");
        }
    }
}
