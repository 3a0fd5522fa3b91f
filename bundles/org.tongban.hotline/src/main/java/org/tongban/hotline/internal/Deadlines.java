package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.tongban.hotline.HotlineTopics;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.Warning;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * The limits of a ticket on durable timers of the platform scheduler: one per ticket and limit, set in the step's
 * transaction. It fires first at the yellow warning ({@code warningPercent} of the limit) and then at the limit itself,
 * where the ticket is supervised (督办) and the unit's leader is told through the outbox. A timer whose ticket moved on
 * or whose limit changed does nothing.
 */
final class Deadlines {
    static final String TIMER = "hotline";

    private final HotlineContext ctx;

    Deadlines(HotlineContext ctx) {
        this.ctx = ctx;
    }

    /** When a limit of this kind for the ticket, counted from {@code from}, ends in the calendar of its place. */
    Instant due(Ticket t, String kind, Instant from) {
        Limits.Limit limit = ctx.limits.of(kind, t.urgency(), t.type());
        return ctx.workingTime().due(t.place().jurisdictionCode(), from, limit.amount(), limit.unit(), null);
    }

    /** The handling limit moved on by approved extension days. */
    Instant extended(Ticket t, Instant due, int days) {
        return ctx.workingTime().due(t.place().jurisdictionCode(), due, days, "WORKING_DAYS", null);
    }

    /** Watches a limit: the warning first. */
    void watch(String number, String kind, String unit, Instant from, Instant due) {
        long millis = Duration.between(from, due).toMillis();
        Instant warnAt = from.plusMillis(Math.max(0, millis * ctx.limits.warningPercent() / 100));
        ctx.timers.schedule(TIMER, number + "/" + kind, warnAt, payload(kind, "WARN", unit, due));
    }

    void stop(String number, String kind) {
        ctx.timers.cancel(TIMER, number + "/" + kind);
    }

    private static Map<String, String> payload(String kind, String phase, String unit, Instant due) {
        return Map.of("task", "DEADLINE", "kind", kind, "phase", phase, "unit", unit, "due", due.toString());
    }

    /** A limit's timer fired: warn, or supervise and escalate. */
    void fire(String id, Map<String, String> payload) {
        String number = id.substring(0, id.indexOf('/'));
        String kind = payload.get("kind");
        Instant due = Instant.parse(payload.get("due"));
        ctx.tx.required(c -> {
            Ticket t = TicketStore.find(c, number, true).orElse(null);
            if (t == null || !stillRunning(t, kind, due)) {
                return null;
            }
            Map<String, String> event = new java.util.HashMap<>(
                    Map.of("number", number, "unit", payload.get("unit"), "limit", kind, "due", due.toString()));
            if ("WARN".equals(payload.get("phase"))) {
                Jdbc.update(
                        c,
                        "UPDATE hotline_ticket SET warning = ? WHERE ticket_number = ? AND warning = ?",
                        Warning.YELLOW,
                        number,
                        Warning.NONE);
                ctx.events.publish(HotlineTopics.WARNING, "hotline/" + number, event);
                ctx.timers.schedule(TIMER, id, due, payload(kind, "DUE", payload.get("unit"), due));
                return null;
            }
            supervise(c, t, kind, payload.get("unit"), due, event);
            return null;
        });
    }

    private void supervise(Connection c, Ticket t, String kind, String unit, Instant due, Map<String, String> event)
            throws SQLException {
        String leader = Jdbc.one(
                        c,
                        "SELECT leader FROM hotline_unit WHERE code = ?",
                        r -> java.util.Objects.requireNonNullElse(r.getString(1), ""),
                        unit)
                .orElse("");
        Jdbc.update(
                c,
                "UPDATE hotline_ticket SET warning = ?, supervised = ? WHERE ticket_number = ?",
                Warning.RED,
                true,
                t.number());
        Jdbc.insert(
                c,
                "INSERT INTO hotline_supervision (ticket_number, unit_code, limit_kind, due_at, supervised_at, leader)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                t.number(),
                unit,
                kind,
                due,
                ctx.now(),
                leader.isEmpty() ? null : leader);
        event.put("leader", leader);
        ctx.audit.record("hotline.supervise", t.number(), kind + " " + unit + " " + due);
        ctx.events.publish(HotlineTopics.SUPERVISE, "hotline/" + t.number(), event);
    }

    private static boolean stillRunning(Ticket t, String kind, Instant due) {
        return switch (kind) {
            case Limits.SIGN -> TicketStates.DISPATCHED.equals(t.state()) && due.equals(t.signDue());
            case Limits.HANDLE -> TicketStates.HANDLING.equals(t.state()) && due.equals(t.handleDue());
            default -> false;
        };
    }
}
