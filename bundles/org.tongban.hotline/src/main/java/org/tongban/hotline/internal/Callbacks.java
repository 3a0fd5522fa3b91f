package org.tongban.hotline.internal;

import java.time.Duration;
import java.util.Map;
import org.tongban.hotline.Callback;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlineTopics;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketStates;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.workflow.WorkflowState;

/**
 * 回访 and 评价. An unanswered call is tried again after the city's interval on a durable timer, which puts the ticket
 * back on the callback list ({@value HotlineTopics#CALLBACK_DUE}); after the last attempt the ticket closes as 未接通.
 * A dissatisfied caller may reopen a ticket once: it goes back to the lead unit under a new handling limit.
 */
final class Callbacks {
    private final HotlineContext ctx;
    private final Handling handling;

    Callbacks(HotlineContext ctx, Handling handling) {
        this.ctx = ctx;
        this.handling = handling;
    }

    Ticket callback(String number, long version, Callback cb) {
        if (cb == null) {
            throw HotlineException.of("hotline.error.ratingMissing");
        }
        String note = Checks.optional(cb.note(), Checks.REASON_LIMIT);
        if (cb.reached()
                && (cb.resolved() == null
                        || cb.satisfaction() == null
                        || cb.satisfaction() < 1
                        || cb.satisfaction() > 5)) {
            throw HotlineException.of("hotline.error.ratingMissing");
        }
        return ctx.tx.required(c -> {
            Ticket t = ctx.locked(c, number);
            Jdbc.insert(
                    c,
                    "INSERT INTO hotline_callback (ticket_number, called_at, called_by, reached, resolved, satisfaction,"
                            + " note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    number,
                    ctx.now(),
                    ctx.actor(),
                    cb.reached(),
                    cb.resolved() == null ? TicketStore.NULL_BOOLEAN : cb.resolved(),
                    Jdbc.nullableInt(cb.satisfaction()),
                    note);
            if (!cb.reached()) {
                unreached(t, version);
            } else if (cb.reopen()) {
                reopen(c, t, version, cb, note);
            } else {
                step(t.number(), "evaluate", version, note);
            }
            if (cb.reached()) {
                Jdbc.update(
                        c,
                        "UPDATE hotline_ticket SET resolved = ?, satisfaction = ? WHERE ticket_number = ?",
                        cb.resolved(),
                        cb.satisfaction(),
                        number);
                ctx.timers.cancel(Deadlines.TIMER, number + "/CALLBACK");
            }
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    private void unreached(Ticket t, long version) throws java.sql.SQLException {
        int attempts = t.callbackAttempts() + 1;
        ctx.tx.required(c -> Jdbc.update(
                c, "UPDATE hotline_ticket SET callback_attempts = ? WHERE ticket_number = ?", attempts, t.number()));
        if (attempts >= ctx.limits.callbackAttempts()) {
            step(t.number(), "closeUnreached", version, "回访" + attempts + "次未接通");
            ctx.timers.cancel(Deadlines.TIMER, t.number() + "/CALLBACK");
            return;
        }
        step(t.number(), "callbackFailed", version, null);
        ctx.timers.schedule(
                Deadlines.TIMER,
                t.number() + "/CALLBACK",
                ctx.now().plus(Duration.ofHours(ctx.limits.callbackRetryHours())),
                Map.of("task", "CALLBACK", "attempt", Integer.toString(attempts + 1)));
    }

    private void reopen(java.sql.Connection c, Ticket t, long version, Callback cb, String note)
            throws java.sql.SQLException {
        boolean dissatisfied = !cb.resolved() || cb.satisfaction() <= 2;
        if (!dissatisfied) {
            throw HotlineException.of("hotline.error.reopenSatisfied", t.number());
        }
        if (t.reopened() > 0) {
            throw HotlineException.of("hotline.error.reopenUsed", t.number());
        }
        if (t.mergedInto() != null || t.lead().isEmpty()) {
            throw HotlineException.of("hotline.error.reopenMerged", t.number());
        }
        step(t.number(), "reopen", version, note == null ? "来电人不满意，重新办理" : note);
        Jdbc.update(c, "UPDATE hotline_ticket SET reopened = reopened + 1 WHERE ticket_number = ?", t.number());
        handling.restartHandling(c, t);
    }

    private void step(String number, String action, long version, String reason) {
        ctx.tx.required(c -> {
            WorkflowState state =
                    ctx.workflows.transition(HotlineWorkflow.DEFINITION, number, action, version, reason, Map.of());
            TicketStore.moved(c, state);
            return null;
        });
    }

    /** A retry is due: the ticket is back on the callback list, if it still waits for its callback. */
    void fire(String id) {
        String number = id.substring(0, id.indexOf('/'));
        ctx.tx.required(c -> {
            String state = Jdbc.one(
                            c, "SELECT state FROM hotline_ticket WHERE ticket_number = ?", r -> r.getString(1), number)
                    .orElse(null);
            if (TicketStates.CALLBACK.equals(state)) {
                ctx.events.publish(HotlineTopics.CALLBACK_DUE, "hotline/" + number, Map.of("number", number));
            }
            return null;
        });
    }
}
