package org.tongban.evaluation.internal;

import java.time.Clock;
import java.time.Instant;
import org.tongban.evaluation.EvaluationException;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.StaffDirectory;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.Workflows;

/** What the evaluation's services share: the platform's services, intake's public API, the city's rules, the clock. */
final class EvaluationContext {
    final Transactions tx;
    final AccessControl access;
    final AuditLog audit;
    final Workflows workflows;
    final Timers timers;
    final DomainEvents events;
    final Settings settings;
    final Clock clock;
    volatile WorkflowClock workflowClock;
    volatile CaseSource caseSource;
    /** Who holds which permission, to check a unit's member when the office enters them; absent in some tests. */
    volatile StaffDirectory staff;

    EvaluationContext(
            Transactions tx,
            AccessControl access,
            AuditLog audit,
            Workflows workflows,
            Timers timers,
            DomainEvents events,
            Settings settings,
            Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.workflows = workflows;
        this.timers = timers;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    Instant now() {
        return Jdbc.truncate(clock.instant());
    }

    String actor() {
        return access.currentUser().map(CurrentUser::username).orElse("system");
    }

    /** The working-time engine, which counts the close-out limit in the calendar of the jurisdiction. */
    WorkflowClock workingTime() {
        WorkflowClock clocks = workflowClock;
        if (clocks == null) {
            throw EvaluationException.of("evaluation.error.worktimeUnavailable");
        }
        return clocks;
    }

    /** Intake's cases of the citizens. */
    CaseSource cases() {
        CaseSource cases = caseSource;
        if (cases == null) {
            throw EvaluationException.of("evaluation.error.intakeUnavailable");
        }
        return cases;
    }
}
