package org.tongban.helpdesk.internal;

import java.time.Clock;
import java.time.Instant;
import org.tongban.helpdesk.HelpdeskException;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.workflow.CaseNumbers;
import org.tongban.platform.workflow.Workflows;

/** What the help desk's parts share: the platform's services, the catalogue, the city's settings, the clock. */
final class HelpdeskContext {
    final Transactions tx;
    final AccessControl access;
    final AuditLog audit;
    final Jurisdictions jurisdictions;
    final Workflows workflows;
    final CaseNumbers numbers;
    final DomainEvents events;
    final MatterLookup matters;
    final Settings settings;
    final Clock clock;

    HelpdeskContext(
            Transactions tx,
            AccessControl access,
            AuditLog audit,
            Jurisdictions jurisdictions,
            Workflows workflows,
            CaseNumbers numbers,
            DomainEvents events,
            MatterLookup matters,
            Settings settings,
            Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.jurisdictions = jurisdictions;
        this.workflows = workflows;
        this.numbers = numbers;
        this.events = events;
        this.matters = matters;
        this.settings = settings;
        this.clock = clock;
    }

    Instant now() {
        return Jdbc.truncate(clock.instant());
    }

    /** The signed-in staff member; the help desk never acts for nobody. */
    String user() {
        return access.currentUser()
                .map(CurrentUser::username)
                .orElseThrow(() -> HelpdeskException.of("helpdesk.error.notSignedIn"));
    }

    /** Whether the area lies in the subtree of {@code ancestor} (or is it). */
    boolean covers(String ancestor, String code) {
        return ancestor.equals(code) || jurisdictions.contains(ancestor, code);
    }
}
