package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.hotline.Assignment;
import org.tongban.hotline.AssignmentRole;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlineTopics;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.Unit;
import org.tongban.hotline.Warning;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.workflow.WorkflowState;

/** 派单, 下派, 签收 and 退单. */
final class Dispatching {
    static final int ASSISTING_LIMIT = 10;

    private final HotlineContext ctx;
    private final Deadlines deadlines;

    Dispatching(HotlineContext ctx, Deadlines deadlines) {
        this.ctx = ctx;
        this.deadlines = deadlines;
    }

    Ticket dispatch(String number, long version, String categoryCode, String leadUnit, List<String> assisting) {
        Set<String> helpers = new LinkedHashSet<>(assisting == null ? List.of() : assisting);
        if (leadUnit == null || leadUnit.isBlank()) {
            throw HotlineException.of("hotline.error.leadMissing");
        }
        helpers.remove(leadUnit);
        if (helpers.size() > ASSISTING_LIMIT) {
            throw HotlineException.of("hotline.error.tooManyUnits", ASSISTING_LIMIT);
        }
        return ctx.tx.required(c -> {
            Ticket t = ctx.locked(c, number);
            String category = categoryCode != null ? categoryCode : t.categoryCode();
            if (category == null || !JdbcDispatchCatalogue.categoryExists(c, category)) {
                throw HotlineException.of(
                        "hotline.error.unknownCategory", category == null ? "" : Jdbc.clip(category, 60));
            }
            responsible(c, t, leadUnit);
            for (String helper : helpers) {
                responsible(c, t, helper);
            }
            WorkflowState state =
                    ctx.workflows.transition(HotlineWorkflow.DEFINITION, number, "dispatch", version, null, Map.of());
            TicketStore.moved(c, state);
            Instant now = ctx.now();
            Instant signDue = deadlines.due(t, Limits.SIGN, now);
            Instant returnDue = deadlines.due(t, Limits.RETURN, now);
            Jdbc.update(c, "UPDATE hotline_assignment SET active = ? WHERE ticket_number = ?", false, number);
            insert(c, number, leadUnit, AssignmentRole.LEAD, null, now, signDue, returnDue);
            for (String helper : helpers) {
                insert(c, number, helper, AssignmentRole.ASSISTING, null, now, signDue, returnDue);
            }
            Jdbc.update(
                    c,
                    "UPDATE hotline_ticket SET category_code = ?, sign_due = ?, handle_due = ?, warning = ?"
                            + " WHERE ticket_number = ?",
                    category,
                    signDue,
                    Jdbc.NULL_TIMESTAMP,
                    Warning.NONE,
                    number);
            deadlines.watch(number, Limits.SIGN, leadUnit, now, signDue);
            ctx.audit.record("hotline.dispatch.units", number, leadUnit + (helpers.isEmpty() ? "" : " + " + helpers));
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    Ticket subDispatch(String number, String fromUnit, String toUnit) {
        return ctx.tx.required(c -> {
            Ticket t = ctx.locked(c, number);
            Assignment from = own(c, t, fromUnit);
            Unit parent = unit(c, fromUnit);
            Unit child = responsible(c, t, toUnit);
            if (!ctx.jurisdictions.contains(parent.jurisdictionCode(), child.jurisdictionCode())) {
                throw HotlineException.of("hotline.error.subDispatchOutside", child.name(), parent.name());
            }
            if (t.assignments().stream()
                    .anyMatch(a -> a.active() && a.unitCode().equals(toUnit))) {
                throw HotlineException.of("hotline.error.alreadyAssigned", child.name());
            }
            Instant now = ctx.now();
            insert(c, number, toUnit, from.role(), fromUnit, now, deadlines.due(t, Limits.SIGN, now), now);
            ctx.audit.record("hotline.subDispatch", number, fromUnit + " -> " + toUnit);
            ctx.events.publish(
                    HotlineTopics.SUB_DISPATCH,
                    "hotline/" + number,
                    Map.of("number", number, "from", fromUnit, "to", toUnit));
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    Ticket sign(String number, long version, String unitCode) {
        return ctx.tx.required(c -> {
            Ticket t = ctx.locked(c, number);
            Assignment own = own(c, t, unitCode);
            if (own.signedAt() != null) {
                throw HotlineException.of("hotline.error.alreadySigned", number);
            }
            Instant now = ctx.now();
            setOnAssignment(c, number, unitCode, "signed_at", now);
            if (isLead(own)) {
                WorkflowState state =
                        ctx.workflows.transition(HotlineWorkflow.DEFINITION, number, "sign", version, null, Map.of());
                TicketStore.moved(c, state);
                Instant handleDue = deadlines.due(t, Limits.HANDLE, now);
                Jdbc.update(
                        c,
                        "UPDATE hotline_ticket SET handle_due = ?, warning = ? WHERE ticket_number = ?",
                        handleDue,
                        Warning.NONE,
                        number);
                deadlines.stop(number, Limits.SIGN);
                deadlines.watch(number, Limits.HANDLE, unitCode, now, handleDue);
            } else {
                ctx.audit.record("hotline.signPart", number, unitCode);
                ctx.events.publish(
                        HotlineTopics.SIGN_PART, "hotline/" + number, Map.of("number", number, "unit", unitCode));
            }
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    Ticket giveBack(String number, long version, String unitCode, String reason) {
        Checks.reason(reason);
        return ctx.tx.required(c -> {
            Ticket t = ctx.locked(c, number);
            Assignment own = own(c, t, unitCode);
            if (!isLead(own)) {
                throw HotlineException.of("hotline.error.notLead", unitCode);
            }
            Instant returnDue = Jdbc.one(
                            c,
                            "SELECT return_due FROM hotline_assignment WHERE ticket_number = ? AND unit_code = ?"
                                    + " AND active = ? AND parent_unit IS NULL",
                            r -> Jdbc.instant(r, "return_due"),
                            number,
                            unitCode,
                            true)
                    .orElseThrow();
            Instant now = ctx.now();
            if (now.isAfter(returnDue)) {
                throw HotlineException.of("hotline.error.returnTooLate", number);
            }
            WorkflowState state =
                    ctx.workflows.transition(HotlineWorkflow.DEFINITION, number, "giveBack", version, reason, Map.of());
            TicketStore.moved(c, state);
            Jdbc.update(
                    c,
                    "UPDATE hotline_assignment SET returned_at = ?, return_reason = ? WHERE ticket_number = ?"
                            + " AND unit_code = ? AND active = ? AND parent_unit IS NULL",
                    now,
                    reason,
                    number,
                    unitCode,
                    true);
            Jdbc.update(c, "UPDATE hotline_assignment SET active = ? WHERE ticket_number = ?", false, number);
            Jdbc.update(
                    c,
                    "UPDATE hotline_ticket SET sign_due = ?, handle_due = ?, warning = ? WHERE ticket_number = ?",
                    Jdbc.NULL_TIMESTAMP,
                    Jdbc.NULL_TIMESTAMP,
                    Warning.NONE,
                    number);
            deadlines.stop(number, Limits.SIGN);
            deadlines.stop(number, Limits.HANDLE);
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    /** The unit's active assignment on the ticket, if the user works in the unit; otherwise "not found". */
    Assignment own(Connection c, Ticket t, String unitCode) throws SQLException {
        if (!ctx.isMember(c, unitCode)) {
            throw HotlineException.of("hotline.error.notMember", unitCode == null ? "" : Jdbc.clip(unitCode, 60));
        }
        return t.assignments().stream()
                .filter(a -> a.active() && a.unitCode().equals(unitCode))
                .findFirst()
                .orElseThrow(() -> HotlineContext.notFound(t.number()));
    }

    static boolean isLead(Assignment a) {
        return a.role() == AssignmentRole.LEAD && a.parentUnitCode() == null;
    }

    /** The unit, if it is responsible for the ticket's place. */
    private Unit responsible(Connection c, Ticket t, String unitCode) throws SQLException {
        Unit unit = unit(c, unitCode);
        String place = t.place().jurisdictionCode();
        if (!unit.jurisdictionCode().equals(place) && !ctx.jurisdictions.contains(unit.jurisdictionCode(), place)) {
            throw HotlineException.of("hotline.error.unitOutside", unit.name());
        }
        return unit;
    }

    private static Unit unit(Connection c, String code) throws SQLException {
        return JdbcDispatchCatalogue.findUnit(c, code)
                .orElseThrow(() ->
                        HotlineException.of("hotline.error.unknownUnit", code == null ? "" : Jdbc.clip(code, 60)));
    }

    static void setOnAssignment(Connection c, String number, String unit, String column, Object value)
            throws SQLException {
        Jdbc.update(
                c,
                "UPDATE hotline_assignment SET " + column
                        + " = ? WHERE ticket_number = ? AND unit_code = ? AND active = ?",
                value,
                number,
                unit,
                true);
    }

    private static void insert(
            Connection c,
            String number,
            String unit,
            AssignmentRole role,
            String parent,
            Instant at,
            Instant signDue,
            Instant returnDue)
            throws SQLException {
        Jdbc.insert(
                c,
                "INSERT INTO hotline_assignment (ticket_number, unit_code, role, parent_unit, dispatched_at, sign_due,"
                        + " return_due, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                number,
                unit,
                role,
                parent,
                at,
                signDue,
                returnDue,
                true);
    }
}
