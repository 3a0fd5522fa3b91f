package org.tongban.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakePermissions;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.CaseNumbers;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.Workflows;

/** What intake's services share: the platform's services, the city's settings and the clock. */
final class IntakeContext {
    final Transactions tx;
    final AccessControl access;
    final AuditLog audit;
    final Jurisdictions jurisdictions;
    final Workflows workflows;
    final CaseNumbers numbers;
    final Timers timers;
    final DomainEvents events;
    final Settings settings;
    final Clock clock;
    volatile WorkflowClock workflowClock;

    IntakeContext(
            Transactions tx,
            AccessControl access,
            AuditLog audit,
            Jurisdictions jurisdictions,
            Workflows workflows,
            CaseNumbers numbers,
            Timers timers,
            DomainEvents events,
            Settings settings,
            Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.jurisdictions = jurisdictions;
        this.workflows = workflows;
        this.numbers = numbers;
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

    /** The case, if the user may read it at its receiving or processing jurisdiction; otherwise "not found". */
    StoredCase readable(String number) {
        Optional<StoredCase> found = number == null || !number.matches("[A-Z]{2,4}[0-9]{6,20}")
                ? Optional.empty()
                : tx.read(c -> CaseStore.find(c, number, false));
        if (found.isEmpty() || !mayRead(found.get())) {
            throw IntakeException.of("intake.error.caseNotFound", number == null ? "" : Jdbc.clip(number, 40));
        }
        return found.get().current(workflows.state(IntakeWorkflow.DEFINITION, number));
    }

    boolean mayRead(StoredCase k) {
        return access.isPermitted(IntakePermissions.READ, k.processing())
                || access.isPermitted(IntakePermissions.READ, k.receiving());
    }

    /** The working-time service, needed to count deadlines. */
    WorkflowClock workingTime() {
        WorkflowClock clocks = workflowClock;
        if (clocks == null) {
            throw IntakeException.of("intake.error.worktimeUnavailable");
        }
        return clocks;
    }
}
