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
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.scheduler.TimerHandler;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.ClockEffect;
import org.tongban.platform.workflow.HistoryEntry;
import org.tongban.platform.workflow.StaleCaseException;
import org.tongban.platform.workflow.Timeout;
import org.tongban.platform.workflow.Transition;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.WorkflowException;
import org.tongban.platform.workflow.WorkflowState;
import org.tongban.platform.workflow.Workflows;

/**
 * Cases in {@code platform_workflow}, their steps in {@code platform_workflow_history}; the handler of the timeout
 * timers ({@value TimeoutTimers#NAME}). A timer names the case's kind; the definition comes from a call that used it
 * or from a {@link WorkflowDefinition} registered as a service, and a timer of a kind not known yet is tried again
 * later by the scheduler.
 */
@Component(
        service = {Workflows.class, TimerHandler.class},
        property = TimerHandler.NAME + "=" + TimeoutTimers.NAME,
        configurationPid = WorkflowConfig.PID)
@Designate(ocd = WorkflowConfig.class)
public final class JdbcWorkflows implements Workflows, TimerHandler {
    static final int MAX_REASON = 2000;

    /** The actor of the steps the system takes on its own, in history and events. */
    static final String SYSTEM_ACTOR = "系统";

    private static final String COLUMNS = "kind, aggregate_id, state, version, jurisdiction_code, clock_id, updated_at";

    private final Transactions tx;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final DomainEvents events;
    private final Clock clock;
    private final TimeoutAmounts amounts;
    private final Map<String, WorkflowDefinition> definitions = new ConcurrentHashMap<>();
    private volatile WorkflowClock workflowClock;
    private volatile Timers timers;

    @Activate
    public JdbcWorkflows(
            @Reference Database database,
            @Reference AccessControl accessControl,
            @Reference AuditLog auditLog,
            @Reference DomainEvents events,
            WorkflowConfig config) {
        this(
                database.transactions(),
                accessControl,
                auditLog,
                events,
                Clock.systemUTC(),
                TimeoutAmounts.parse(config.timeoutAmounts()));
    }

    /** The service without city settings of timeouts, for the owning bundles' tests. */
    public JdbcWorkflows(Database database, AccessControl accessControl, AuditLog auditLog, DomainEvents events) {
        this(database.transactions(), accessControl, auditLog, events, Clock.systemUTC(), TimeoutAmounts.NONE);
    }

    /**
     * The service on a given clock, with the city settings of timeouts as configured ({@code timeoutAmounts}), for the
     * tests of the bundles that implement its services.
     */
    public JdbcWorkflows(
            Database database,
            AccessControl accessControl,
            AuditLog auditLog,
            DomainEvents events,
            Clock clock,
            String... timeoutAmounts) {
        this(database.transactions(), accessControl, auditLog, events, clock, TimeoutAmounts.parse(timeoutAmounts));
    }

    JdbcWorkflows(Transactions tx, AccessControl accessControl, AuditLog auditLog, DomainEvents events, Clock clock) {
        this(tx, accessControl, auditLog, events, clock, TimeoutAmounts.NONE);
    }

    JdbcWorkflows(
            Transactions tx,
            AccessControl accessControl,
            AuditLog auditLog,
            DomainEvents events,
            Clock clock,
            TimeoutAmounts amounts) {
        this.tx = tx;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.amounts = amounts;
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setTimers(Timers timers) {
        this.timers = timers;
    }

    public void unsetTimers(Timers timers) {
        if (this.timers == timers) {
            this.timers = null;
        }
    }

    /** Definitions registered as services, so that their timers fire after a restart before anyone uses them. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addDefinition(WorkflowDefinition definition) {
        definitions.put(definition.kind(), definition);
    }

    void removeDefinition(WorkflowDefinition definition) {
        // Keep it: a timer of the kind may still be due, and the table does not change while the bundle is away.
    }

    private WorkflowDefinition known(WorkflowDefinition definition) {
        if (!definition.timeouts().isEmpty()) {
            definitions.put(definition.kind(), definition);
        }
        return definition;
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setWorkflowClock(WorkflowClock clock) {
        this.workflowClock = clock;
    }

    public void unsetWorkflowClock(WorkflowClock clock) {
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
        return create(definition, id, jurisdictionCode, action, comment, Map.of());
    }

    @Override
    public WorkflowState create(
            WorkflowDefinition definition,
            String id,
            String jurisdictionCode,
            String action,
            String comment,
            Map<String, String> details) {
        checkId(id);
        checkJurisdiction(jurisdictionCode);
        accessControl.check(definition.createPermission(), jurisdictionCode);
        String reason = reason(comment);
        return tx.required(c -> {
            if (row(c, definition.kind(), id, true).isPresent()) {
                throw new WorkflowException("编号「" + id + "」已存在");
            }
            return insert(c, definition, id, jurisdictionCode, definition.initial(), action, reason, details(details));
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
                return insert(c, definition, id, jurisdictionCode, state, action, reason, Map.of());
            }
            return move(
                    c, definition, current.get(), state, current.get().clockId(), action, reason, actor(), Map.of());
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
            String reason,
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
        record(c, created, null, action, reason, actor());
        TimeoutTimers.moved(timers, workflowClock, amounts, known(definition), null, created, details);
        return created;
    }

    private WorkflowState move(
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
        String left = SYSTEM_ACTOR.equals(actor) ? null : current.state();
        TimeoutTimers.moved(timers, workflowClock, amounts, known(definition), left, next, details);
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
            if (Transition.SYSTEM.equals(t.permission())) {
                throw new WorkflowException("「" + action + "」只能由系统在逾期时执行");
            }
            accessControl.check(t.permission(), current.jurisdictionCode());
            if (t.reasonRequired() && cleanReason == null) {
                throw new WorkflowException("请填写原因");
            }
            Long clockId = current.clockId();
            Map<String, String> given = details(details);
            if (t.clock() != ClockEffect.NONE) {
                WorkflowClock clocks = workflowClock;
                if (clocks == null) {
                    throw new WorkflowException("办理时限服务不可用，请稍后再试");
                }
                clockId = clocks.apply(t.clock(), current, clockId, cleanReason, given);
            }
            return move(c, definition, current, t.to(), clockId, action, cleanReason, actor(), given);
        });
    }

    /**
     * A timeout is due: if the case is still in the state at the version that entered it, the system takes the
     * timeout's action, with its clock effect (as of the entry of {@link Timeout#clockAsOf()} if set), history by
     * {@value #SYSTEM_ACTOR}, audit entry and event, in one transaction under the case's row lock. Otherwise someone
     * acted in time (or concurrently) and nothing happens.
     */
    @Override
    public void fire(String timerId, Map<String, String> payload) {
        String kind = payload.get("kind");
        WorkflowDefinition definition = definitions.get(kind);
        if (definition == null) {
            throw new IllegalStateException("workflow " + kind + " not known on this node yet");
        }
        String id = payload.get("id");
        String state = payload.get("state");
        long version = Long.parseLong(payload.get("version"));
        tx.required(c -> {
            Optional<WorkflowState> found = row(c, kind, id, true);
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
                WorkflowClock clocks = workflowClock;
                if (clocks == null) {
                    throw new IllegalStateException("no working-time service for timeout of " + kind + "/" + id);
                }
                Map<String, String> details = TimeoutTimers.details(payload);
                if (timeout.get().clockAsOf() != null) {
                    details.put(
                            "acceptedAt",
                            entered(c, kind, id, timeout.get().clockAsOf()).toString());
                }
                clockId = clocks.applyAsSystem(
                        t.clock(), current, clockId, timeout.get().reason(), details);
            }
            move(
                    c,
                    definition,
                    current,
                    t.to(),
                    clockId,
                    t.action(),
                    timeout.get().reason(),
                    SYSTEM_ACTOR,
                    Map.of());
            return null;
        });
    }

    /** When the case last entered a state, from its history. */
    private static Instant entered(Connection c, String kind, String id, String state) throws SQLException {
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

    private static Map<String, String> details(Map<String, String> details) {
        return details == null ? Map.of() : details;
    }

    private String actor() {
        return accessControl.currentUser().map(CurrentUser::username).orElse("system");
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
                        .filter(t -> !Transition.SYSTEM.equals(t.permission()))
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
