package org.tongban.keyprojects.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.security.StaffDirectory;
import org.tongban.platform.scheduler.Timers;

/** What the green channel's services share: platform services, intake and accounts behind small views, settings. */
final class KpContext {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String SYSTEM = "系统";

    final Transactions tx;
    final AccessControl access;
    final AuditLog audit;
    final DomainEvents events;
    final Jurisdictions jurisdictions;
    final StaffDirectory staff;
    final Timers timers;
    final Notifier notifier;
    final MatterNames matters;
    final StageRules rules;
    final Clock clock;
    volatile CaseDirectory cases;
    volatile OwnerAccounts accounts;

    KpContext(
            Transactions tx,
            AccessControl access,
            AuditLog audit,
            DomainEvents events,
            Jurisdictions jurisdictions,
            StaffDirectory staff,
            Timers timers,
            Notifier notifier,
            MatterNames matters,
            StageRules rules,
            Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.jurisdictions = jurisdictions;
        this.staff = staff;
        this.timers = timers;
        this.notifier = notifier;
        this.matters = matters;
        this.rules = rules;
        this.clock = clock;
    }

    Instant now() {
        return Jdbc.truncate(clock.instant());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    String actor() {
        return access.currentUser().map(u -> u.username()).orElse(SYSTEM);
    }

    /** The published name of a catalogue matter; empty when the code is not a published matter. */
    @FunctionalInterface
    interface MatterNames {
        java.util.Optional<String> publishedName(String code);

        static MatterNames of(MatterCatalogue catalogue) {
            return code -> catalogue.publishedMatter(code).map(m -> m.name());
        }
    }
}
