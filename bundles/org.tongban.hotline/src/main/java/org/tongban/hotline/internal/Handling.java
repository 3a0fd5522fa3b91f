package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tongban.hotline.ArticleVersion;
import org.tongban.hotline.Assignment;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.HotlineTopics;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.Warning;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.workflow.WorkflowState;

/** 答复, 延期, 审核 (办结 or 重办). */
final class Handling {
    private final HotlineContext ctx;
    private final Deadlines deadlines;
    private final Dispatching dispatching;
    private final Citations citations;

    Handling(HotlineContext ctx, Deadlines deadlines, Dispatching dispatching) {
        this.ctx = ctx;
        this.deadlines = deadlines;
        this.dispatching = dispatching;
        this.citations = new Citations(ctx);
    }

    Ticket reply(String number, long version, String unitCode, String reply, String articleId) {
        Checks.text(reply, HotlineService.DESCRIPTION_LIMIT, "hotline.error.replyMissing");
        if (articleId != null) {
            KnowledgeRules.checkId(articleId);
        }
        return ctx.tx.required(c -> {
            Ticket t = ctx.locked(c, number);
            Assignment own = dispatching.own(c, t, unitCode);
            if (own.signedAt() == null) {
                throw HotlineException.of("hotline.error.notSigned", number);
            }
            Instant now = ctx.now();
            if (Dispatching.isLead(own)) {
                WorkflowState state =
                        ctx.workflows.transition(HotlineWorkflow.DEFINITION, number, "reply", version, null, Map.of());
                TicketStore.moved(c, state);
                Jdbc.update(
                        c,
                        "UPDATE hotline_assignment SET replied_at = ?, reply = ?, handled_on_time = ?"
                                + " WHERE ticket_number = ? AND unit_code = ? AND active = ? AND parent_unit IS NULL",
                        now,
                        reply,
                        t.handleDue() == null || !now.isAfter(t.handleDue()),
                        number,
                        unitCode,
                        true);
                deadlines.stop(number, Limits.HANDLE);
            } else {
                Jdbc.update(
                        c,
                        "UPDATE hotline_assignment SET replied_at = ?, reply = ? WHERE ticket_number = ? AND unit_code = ?"
                                + " AND active = ?",
                        now,
                        reply,
                        number,
                        unitCode,
                        true);
                ctx.audit.record("hotline.replyPart", number, unitCode);
                ctx.events.publish(
                        HotlineTopics.REPLY_PART, "hotline/" + number, Map.of("number", number, "unit", unitCode));
            }
            // After the step, so that a stale ticket says so first; a refused citation rolls the step back.
            ArticleVersion cited = articleId == null
                    ? null
                    : citations.citable(c, articleId, t.place().jurisdictionCode());
            if (cited != null) {
                Jdbc.update(
                        c,
                        "UPDATE hotline_assignment SET article_id = ?, article_version = ? WHERE ticket_number = ?"
                                + " AND unit_code = ? AND active = ?",
                        cited.articleId(),
                        cited.number(),
                        number,
                        unitCode,
                        true);
                citations.use(c, cited, number, Citations.REPLY);
            }
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    Ticket requestExtension(String number, long version, String unitCode, int days, String reason) {
        Checks.reason(reason);
        if (days < 1) {
            throw HotlineException.of("hotline.error.extensionDays", ctx.limits.maxExtensionDays());
        }
        return ctx.tx.required(c -> {
            Ticket t = ctx.locked(c, number);
            if (!Dispatching.isLead(dispatching.own(c, t, unitCode))) {
                throw HotlineException.of("hotline.error.notLead", unitCode);
            }
            int used = extension(c, number, "extension_days");
            if (used + days > ctx.limits.maxExtensionDays()) {
                throw HotlineException.of("hotline.error.extensionDays", ctx.limits.maxExtensionDays());
            }
            if (extension(c, number, "pending_extension") > 0) {
                throw HotlineException.of("hotline.error.extensionPending", number);
            }
            WorkflowState state = ctx.workflows.transition(
                    HotlineWorkflow.DEFINITION, number, "requestExtension", version, reason, Map.of());
            TicketStore.moved(c, state);
            Jdbc.update(
                    c,
                    "UPDATE hotline_ticket SET pending_extension = ?, pending_extension_reason = ? WHERE ticket_number = ?",
                    days,
                    reason,
                    number);
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    Ticket decideExtension(String number, long version, boolean approve, String reason) {
        if (!approve) {
            Checks.reason(reason);
        }
        return ctx.tx.required(c -> {
            Ticket t = ctx.locked(c, number);
            int days = extension(c, number, "pending_extension");
            if (days == 0) {
                throw HotlineException.of("hotline.error.noExtensionPending", number);
            }
            WorkflowState state = ctx.workflows.transition(
                    HotlineWorkflow.DEFINITION,
                    number,
                    approve ? "approveExtension" : "refuseExtension",
                    version,
                    reason,
                    Map.of());
            TicketStore.moved(c, state);
            Jdbc.update(
                    c,
                    "UPDATE hotline_ticket SET pending_extension = ?, pending_extension_reason = ? WHERE ticket_number = ?",
                    Jdbc.NULL_INT,
                    null,
                    number);
            if (approve) {
                Instant due = deadlines.extended(t, t.handleDue(), days);
                Jdbc.update(
                        c,
                        "UPDATE hotline_ticket SET handle_due = ?, extension_days = extension_days + ?, warning = ?"
                                + " WHERE ticket_number = ?",
                        due,
                        days,
                        Warning.NONE,
                        number);
                deadlines.watch(number, Limits.HANDLE, t.lead().orElseThrow().unitCode(), ctx.now(), due);
            }
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    Ticket approve(String number, long version, String comment) {
        String note = Checks.optional(comment, Checks.REASON_LIMIT);
        return ctx.tx.required(c -> {
            Ticket t = ctx.locked(c, number);
            WorkflowState state =
                    ctx.workflows.transition(HotlineWorkflow.DEFINITION, number, "approve", version, note, Map.of());
            TicketStore.moved(c, state);
            String reply = t.lead().map(Assignment::reply).orElse(null);
            Instant now = ctx.now();
            Jdbc.update(
                    c,
                    "UPDATE hotline_ticket SET answer = ?, closed_at = ?, callback_attempts = 0 WHERE ticket_number = ?",
                    reply,
                    now,
                    number);
            // Every caller of a merged duplicate gets the same reply and a callback of their own.
            List<String> merged = Jdbc.list(
                    c,
                    "SELECT ticket_number FROM hotline_ticket WHERE merged_into = ? AND state = ?",
                    r -> r.getString(1),
                    number,
                    TicketStates.MERGED);
            for (String duplicate : merged) {
                String jurisdiction = Jdbc.one(
                                c,
                                "SELECT jurisdiction_code FROM hotline_ticket WHERE ticket_number = ?",
                                r -> r.getString(1),
                                duplicate)
                        .orElseThrow();
                WorkflowState followed = ctx.workflows.load(
                        HotlineWorkflow.DEFINITION,
                        duplicate,
                        jurisdiction,
                        TicketStates.CALLBACK,
                        "followMerged",
                        "随合并工单 " + number + " 办结");
                TicketStore.moved(c, followed);
                Jdbc.update(
                        c,
                        "UPDATE hotline_ticket SET answer = ?, closed_at = ? WHERE ticket_number = ?",
                        reply,
                        now,
                        duplicate);
            }
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    Ticket sendBack(String number, long version, String reason) {
        Checks.reason(reason);
        return ctx.tx.required(c -> {
            Ticket t = ctx.locked(c, number);
            WorkflowState state =
                    ctx.workflows.transition(HotlineWorkflow.DEFINITION, number, "sendBack", version, reason, Map.of());
            TicketStore.moved(c, state);
            restartHandling(c, t);
            return Views.of(ctx, c, TicketStore.find(c, number, false).orElseThrow());
        });
    }

    /** 重办 or a reopened ticket: the lead unit handles again, under a new handling limit from now. */
    void restartHandling(Connection c, Ticket t) throws SQLException {
        String lead = t.lead().orElseThrow().unitCode();
        Instant now = ctx.now();
        Instant due = deadlines.due(t, Limits.HANDLE, now);
        Jdbc.update(
                c,
                "UPDATE hotline_assignment SET replied_at = ?, handled_on_time = ? WHERE ticket_number = ?"
                        + " AND unit_code = ? AND active = ? AND parent_unit IS NULL",
                Jdbc.NULL_TIMESTAMP,
                TicketStore.NULL_BOOLEAN,
                t.number(),
                lead,
                true);
        Jdbc.update(
                c,
                "UPDATE hotline_ticket SET handle_due = ?, warning = ? WHERE ticket_number = ?",
                due,
                Warning.NONE,
                t.number());
        deadlines.watch(t.number(), Limits.HANDLE, lead, now, due);
    }

    private static int extension(Connection c, String number, String column) throws SQLException {
        return Jdbc.one(
                        c,
                        "SELECT " + column + " FROM hotline_ticket WHERE ticket_number = ?",
                        r -> r.getInt(1),
                        number)
                .orElse(0);
    }
}
