package org.tongban.market.internal;

import java.time.Clock;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.Workflows;

/** Builds the shared context of the market's components from their references. */
final class Components {
    private Components() {}

    @SuppressWarnings("java:S107") // the platform services a component needs, one each
    static MarketContext context(
            Database database,
            AccessControl access,
            AuditLog audit,
            Jurisdictions jurisdictions,
            Workflows workflows,
            Timers timers,
            DomainEvents events,
            FileStore files,
            WorkflowClock workingTime,
            PublicAccounts accounts,
            MarketConfig config) {
        return new MarketContext(
                database.transactions(),
                access,
                audit,
                jurisdictions,
                workflows,
                timers,
                events,
                files,
                workingTime,
                Parties.of(accounts),
                Rules.of(config),
                Clock.system(MarketContext.ZONE));
    }
}
