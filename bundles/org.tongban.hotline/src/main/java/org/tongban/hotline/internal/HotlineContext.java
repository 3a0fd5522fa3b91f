package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.Ticket;
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

/** What the hotline's services share: the platform's services, the city's limits and the clock. */
final class HotlineContext {
    final Transactions tx;
    final AccessControl access;
    final AuditLog audit;
    final Jurisdictions jurisdictions;
    final Workflows workflows;
    final CaseNumbers numbers;
    final Timers timers;
    final DomainEvents events;
    final Limits limits;
    final Clock clock;
    volatile WorkflowClock workflowClock;

    HotlineContext(
            Transactions tx,
            AccessControl access,
            AuditLog audit,
            Jurisdictions jurisdictions,
            Workflows workflows,
            CaseNumbers numbers,
            Timers timers,
            DomainEvents events,
            Limits limits,
            Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.jurisdictions = jurisdictions;
        this.workflows = workflows;
        this.numbers = numbers;
        this.timers = timers;
        this.events = events;
        this.limits = limits;
        this.clock = clock;
    }

    Instant now() {
        return Jdbc.truncate(clock.instant());
    }

    String actor() {
        return access.currentUser().map(CurrentUser::username).orElse("system");
    }

    /** The working-time engine, which counts the limits in the calendar of the ticket's place. */
    WorkflowClock workingTime() {
        WorkflowClock clocks = workflowClock;
        if (clocks == null) {
            throw HotlineException.of("hotline.error.worktimeUnavailable");
        }
        return clocks;
    }

    /** Whether the user works for the hotline office over the ticket's place. */
    boolean isOffice(Ticket t) {
        return access.isPermitted(HotlinePermissions.READ, t.place().jurisdictionCode());
    }

    /** The units the user works in, with every unit below them: the tickets of these the user sees. */
    Set<String> visibleUnits(Connection c) throws SQLException {
        Optional<CurrentUser> user = access.currentUser();
        if (user.isEmpty()) {
            return Set.of();
        }
        List<String> own = Jdbc.list(
                c,
                "SELECT m.unit_code, u.jurisdiction_code FROM hotline_unit_member m"
                        + " JOIN hotline_unit u ON u.code = m.unit_code WHERE m.username = ?",
                r -> access.isPermitted(HotlinePermissions.HANDLE, r.getString(2)) ? r.getString(1) : null,
                user.get().username());
        Set<String> units = new java.util.LinkedHashSet<>();
        own.stream().filter(java.util.Objects::nonNull).forEach(units::add);
        if (units.isEmpty()) {
            return units;
        }
        Map<String, List<String>> children = new java.util.HashMap<>();
        Jdbc.list(c, "SELECT code, parent_code FROM hotline_unit WHERE parent_code IS NOT NULL", r -> {
            children.computeIfAbsent(r.getString(2), k -> new java.util.ArrayList<>())
                    .add(r.getString(1));
            return null;
        });
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(units);
        while (!todo.isEmpty()) {
            for (String child : children.getOrDefault(todo.pop(), List.of())) {
                if (units.add(child)) {
                    todo.push(child);
                }
            }
        }
        return units;
    }

    /** Whether the user works in this very unit and holds the handling permission where it is responsible. */
    boolean isMember(Connection c, String unitCode) throws SQLException {
        Optional<CurrentUser> user = access.currentUser();
        if (user.isEmpty() || unitCode == null) {
            return false;
        }
        return Jdbc.one(
                        c,
                        "SELECT u.jurisdiction_code FROM hotline_unit_member m JOIN hotline_unit u ON u.code = m.unit_code"
                                + " WHERE m.unit_code = ? AND m.username = ?",
                        r -> r.getString(1),
                        unitCode,
                        user.get().username())
                .map(j -> access.isPermitted(HotlinePermissions.HANDLE, j))
                .orElse(false);
    }

    /** Whether the ticket is dispatched (actively) to one of these units. */
    static boolean assignedToAny(Ticket t, Set<String> units) {
        return t.assignments().stream().anyMatch(a -> a.active() && units.contains(a.unitCode()));
    }

    /** The ticket, if the user may see it as office or unit; otherwise "not found", whatever the reason. */
    Ticket readable(Connection c, String number) throws SQLException {
        Optional<Ticket> found = number == null || !number.matches("[A-Z]{2,4}[0-9]{6,24}")
                ? Optional.empty()
                : TicketStore.find(c, number, false);
        if (found.isEmpty() || !(isOffice(found.get()) || assignedToAny(found.get(), visibleUnits(c)))) {
            throw notFound(number);
        }
        return found.get();
    }

    /** The ticket locked for a step, for office steps or steps of a unit the caller checks. */
    Ticket locked(Connection c, String number) throws SQLException {
        readable(c, number);
        return TicketStore.find(c, number, true).orElseThrow(() -> notFound(number));
    }

    static HotlineException notFound(String number) {
        return HotlineException.of("hotline.error.ticketNotFound", number == null ? "" : Jdbc.clip(number, 40));
    }
}
