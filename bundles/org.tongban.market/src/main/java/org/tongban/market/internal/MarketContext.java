package org.tongban.market.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.tongban.market.MarketException;
import org.tongban.market.MarketRules;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.identity.CreditCodes;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.files.FileStore;
import org.tongban.platform.scheduler.Timers;
import org.tongban.platform.workflow.WorkflowClock;
import org.tongban.platform.workflow.Workflows;

/** What the market's services share: the platform's services, the accounts, the city's rules, the clock. */
final class MarketContext {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final Transactions tx;
    final AccessControl access;
    final AuditLog audit;
    final Jurisdictions jurisdictions;
    final Workflows workflows;
    final Timers timers;
    final DomainEvents events;
    final FileStore files;
    final WorkflowClock workingTime;
    final Parties parties;
    final MarketRules rules;
    final Clock clock;

    MarketContext(
            Transactions tx,
            AccessControl access,
            AuditLog audit,
            Jurisdictions jurisdictions,
            Workflows workflows,
            Timers timers,
            DomainEvents events,
            FileStore files,
            WorkflowClock workingTime,
            Parties parties,
            MarketRules rules,
            Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.jurisdictions = jurisdictions;
        this.workflows = workflows;
        this.timers = timers;
        this.events = events;
        this.files = files;
        this.workingTime = workingTime;
        this.parties = parties;
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
        return access.currentUser().map(CurrentUser::username).orElse("system");
    }

    /** The organisation's credit code behind a public account, refused for a person or an unknown account. */
    String organisation(long accountId) {
        String id = parties.identifier(accountId)
                .map(s -> s.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> MarketException.of("market.error.account"));
        if (!CreditCodes.isValid(id)) {
            throw MarketException.of("market.error.notOrganisation");
        }
        return id;
    }

    /** The moment {@code days} working days after {@code from} end, in the jurisdiction's calendar. */
    Instant workingDaysAfter(String jurisdiction, Instant from, int days) {
        return workingTime.due(jurisdiction, from, days, "WORKING_DAYS", null);
    }

    /** Working days from {@code due} until {@code at}: 0 when on time. */
    int workingDaysLate(String jurisdiction, Instant due, Instant at) {
        int late = 0;
        while (at.isAfter(late == 0 ? due : workingDaysAfter(jurisdiction, due, late)) && late < 3650) {
            late++;
        }
        return late;
    }

    void event(String topic, String aggregate, Map<String, String> payload) {
        events.publish(topic, aggregate, payload);
    }

    void checkJurisdiction(String code) {
        if (code == null || jurisdictions.find(code).isEmpty()) {
            throw MarketException.of("market.error.jurisdiction", code);
        }
    }

    static String text(String value, int max, String key, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if ((required && stripped.isEmpty()) || stripped.length() > max) {
            throw MarketException.of(key, max);
        }
        return stripped;
    }
}
