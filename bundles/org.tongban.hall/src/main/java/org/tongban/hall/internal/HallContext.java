package org.tongban.hall.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.tongban.hall.Hall;
import org.tongban.hall.HallException;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.worktime.CalendarService;

/** What the parts of the hall service share. */
final class HallContext {
    /** Halls count days in Beijing time, as the working-time engine does. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final Transactions tx;
    final AccessControl access;
    final AuditLog audit;
    final Jurisdictions jurisdictions;
    final DomainEvents events;
    final CalendarService calendars;
    final MatterNames matters;
    final HallRules rules;
    final Clock clock;
    volatile CaseLinks caseLinks;

    /** Posts a transient notice to the open consoles (Event Admin), when there is one. */
    volatile java.util.function.Consumer<java.util.Map<String, Object>> consoleNotices = notice -> {};

    HallContext(
            Transactions tx,
            AccessControl access,
            AuditLog audit,
            Jurisdictions jurisdictions,
            DomainEvents events,
            CalendarService calendars,
            MatterNames matters,
            HallRules rules,
            Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.calendars = calendars;
        this.matters = matters;
        this.rules = rules;
        this.clock = clock;
    }

    String username() {
        return access.currentUser().map(CurrentUser::username).orElse("system");
    }

    java.time.LocalDate today() {
        return clock.instant().atZone(ZONE).toLocalDate();
    }

    Hall hall(long id) {
        return tx.read(c -> HallRows.hall(c, id)).orElseThrow(() -> HallException.of("hall.error.noHall", id));
    }
}
