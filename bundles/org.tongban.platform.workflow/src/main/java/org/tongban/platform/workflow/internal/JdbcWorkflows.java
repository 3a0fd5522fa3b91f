package org.tongban.platform.workflow.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.tongban.platform.workflow.Transition;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.WorkflowDefinition;
import org.tongban.platform.workflow.WorkflowException;
import org.tongban.platform.workflow.WorkflowState;
import org.tongban.platform.workflow.Workflows;

/**
 * The clerks' operations on cases in {@code platform_workflow}, their steps in {@code platform_workflow_history}
 * ({@link CaseSteps}). The component is also the handler of the timeout timers ({@value TimeoutTimers#NAME}), which
 * {@link TimeoutTimers} sets and cancels and {@link TimeoutFiring} runs.
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

    private final Transactions tx;
    private final AccessControl accessControl;
    private final TimeoutTimers timeouts;
    private final CaseSteps steps;
    private final TimeoutFiring firing;
    private volatile WorkflowClock workflowClock;

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
        this.timeouts = new TimeoutTimers(amounts, () -> workflowClock);
        this.steps = new CaseSteps(clock, auditLog, events, timeouts);
        this.firing = new TimeoutFiring(tx, steps, timeouts, () -> workflowClock);
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setTimers(Timers timers) {
        timeouts.timers(timers);
    }

    public void unsetTimers(Timers timers) {
        if (timeouts.timers() == timers) {
            timeouts.timers(null);
        }
    }

    /** Definitions registered as services, so that their timers fire after a restart before anyone uses them. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addDefinition(WorkflowDefinition definition) {
        timeouts.add(definition);
    }

    void removeDefinition(WorkflowDefinition definition) {
        // Keep it: a timer of the kind may still be due, and the table does not change while the bundle is away.
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
            if (CaseSteps.row(c, definition.kind(), id, true).isPresent()) {
                throw new WorkflowException("编号「" + id + "」已存在");
            }
            return steps.insert(
                    c,
                    definition,
                    id,
                    jurisdictionCode,
                    definition.initial(),
                    action,
                    reason,
                    actor(),
                    details(details));
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
        return load(definition, id, jurisdictionCode, state, action, comment, Map.of());
    }

    @Override
    public WorkflowState load(
            WorkflowDefinition definition,
            String id,
            String jurisdictionCode,
            String state,
            String action,
            String comment,
            Map<String, String> details) {
        checkId(id);
        checkJurisdiction(jurisdictionCode);
        if (!definition.states().contains(state)) {
            throw new WorkflowException("「" + state + "」不是" + definition.kind() + "的状态");
        }
        String reason = reason(comment);
        return tx.required(c -> {
            Optional<WorkflowState> current = CaseSteps.row(c, definition.kind(), id, true);
            if (current.isEmpty()) {
                return steps.insert(
                        c, definition, id, jurisdictionCode, state, action, reason, actor(), details(details));
            }
            return steps.move(
                    c,
                    definition,
                    current.get(),
                    state,
                    current.get().clockId(),
                    action,
                    reason,
                    actor(),
                    details(details));
        });
    }

    @Override
    public Optional<WorkflowState> state(WorkflowDefinition definition, String id) {
        return tx.read(c -> CaseSteps.row(c, definition.kind(), id, false));
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
            WorkflowState current = CaseSteps.row(c, definition.kind(), id, true)
                    .orElseThrow(() -> new WorkflowException("事项「" + id + "」不存在"));
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
            return steps.move(c, definition, current, t.to(), clockId, action, cleanReason, actor(), given);
        });
    }

    /** A timeout timer is due: see {@link TimeoutFiring#fire}. */
    @Override
    public void fire(String timerId, Map<String, String> payload) {
        firing.fire(payload);
    }

    private static Map<String, String> details(Map<String, String> details) {
        return details == null ? Map.of() : details;
    }

    private String actor() {
        return accessControl.currentUser().map(CurrentUser::username).orElse("system");
    }

    @Override
    public Optional<WorkflowState> find(WorkflowDefinition definition, String id) {
        Optional<WorkflowState> state = tx.read(c -> CaseSteps.row(c, definition.kind(), id, false));
        return state.filter(s -> accessControl.isPermitted(definition.readPermission(), s.jurisdictionCode()));
    }

    @Override
    public List<HistoryEntry> history(WorkflowDefinition definition, String id) {
        WorkflowState state = find(definition, id).orElseThrow(() -> new WorkflowException("事项「" + id + "」不存在"));
        return historyRows(state);
    }

    @Override
    public List<HistoryEntry> history(WorkflowDefinition definition, String id, String readerJurisdiction) {
        WorkflowState state = tx.read(c -> CaseSteps.row(c, definition.kind(), id, false))
                .filter(s -> readerJurisdiction != null
                        && accessControl.isPermitted(definition.readPermission(), readerJurisdiction))
                .orElseThrow(() -> new WorkflowException("事项「" + id + "」不存在"));
        return historyRows(state);
    }

    private List<HistoryEntry> historyRows(WorkflowState state) {
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

    private static void checkId(String id) {
        if (id == null || id.isBlank() || id.length() > 100) {
            throw new WorkflowException("事项编号无效");
        }
    }
}
