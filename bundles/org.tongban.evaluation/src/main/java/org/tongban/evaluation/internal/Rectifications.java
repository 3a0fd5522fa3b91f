package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.evaluation.EvaluationException;
import org.tongban.evaluation.EvaluationPermissions;
import org.tongban.evaluation.EvaluationTopics;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.Rating;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationStates;
import org.tongban.evaluation.Verdict;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.workflow.WorkflowState;

/**
 * Bad reviews closed out on the {@link RectificationWorkflow}. The limit ({@code rectifyDays} working days in the
 * calendar of the rating's jurisdiction, from the bad review) is watched by a durable timer ({@code evaluation}, {@code rectify/<rating>}): the yellow
 * warning at {@code warningPercent}, then at the limit the task is supervised (督办, red) and the office told.
 */
final class Rectifications {
    static final String RECTIFY = "rectify/";
    private static final int TEXT_MAX = 2000;
    private static final java.util.Set<String> UNIT_ACTIONS =
            java.util.Set.of("justify", "explain", "appeal", "report");
    private static final Map<Level, String> LEVEL_NAMES = Map.of(
            Level.VERY_SATISFIED, "非常满意",
            Level.SATISFIED, "满意",
            Level.BASIC, "基本满意",
            Level.DISSATISFIED, "不满意",
            Level.VERY_DISSATISFIED, "非常不满意");
    private static final String TASK_COLUMNS =
            ", x.rating_id, x.state AS task_state, x.version AS task_version, x.verdict,"
                    + " x.finding, x.report, x.callback_note, x.due_at, x.warning, x.opened_at, x.closed_at";

    private final EvaluationContext ctx;
    private final UnitMembers units;

    Rectifications(EvaluationContext ctx, UnitMembers units) {
        this.ctx = ctx;
        this.units = units;
    }

    /**
     * Opens the close-out of a bad review, in the rating's transaction; a close-out withdrawn by an earlier amendment is
     * opened again with a new limit.
     */
    void open(Connection c, Rating bad) throws SQLException {
        Optional<String> existing =
                Jdbc.one(c, "SELECT state FROM eval_rectification WHERE rating_id = ?", r -> r.getString(1), bad.id());
        if (existing.isPresent() && !RectificationStates.WITHDRAWN.equals(existing.get())) {
            return;
        }
        Instant now = ctx.now();
        Instant due =
                ctx.workingTime().due(bad.jurisdictionCode(), now, ctx.settings.rectifyDays(), "WORKING_DAYS", null);
        WorkflowState s = ctx.workflows.load(
                RectificationWorkflow.DEFINITION,
                Long.toString(bad.id()),
                bad.jurisdictionCode(),
                RectificationStates.VERIFY,
                existing.isPresent() ? "reopen" : "open",
                "差评：" + bad.level());
        if (existing.isPresent()) {
            Jdbc.update(
                    c,
                    "UPDATE eval_rectification SET state = ?, version = ?, verdict = NULL, finding = NULL, report = NULL,"
                            + " due_at = ?, warning = ?, opened_at = ?, closed_at = NULL WHERE rating_id = ?",
                    s.state(),
                    s.version(),
                    due,
                    "NONE",
                    now,
                    bad.id());
        } else {
            Jdbc.update(
                    c,
                    "INSERT INTO eval_rectification (rating_id, state, version, due_at, warning, opened_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    bad.id(),
                    s.state(),
                    s.version(),
                    due,
                    "NONE",
                    now);
        }
        long millis = Duration.between(now, due).toMillis();
        Instant warnAt = now.plusMillis(millis * ctx.settings.warningPercent() / 100);
        ctx.timers.schedule(Ratings.TIMER, RECTIFY + bad.id(), warnAt, Map.of("phase", "WARN", "due", due.toString()));
    }

    /**
     * The reviewer amended the bad review to one that is not bad: its open close-out is withdrawn in the amendment's
     * transaction, with the change in its history and the audit log ({@code evaluation/WITHDRAW}), and its deadline no
     * longer runs.
     */
    void withdraw(Connection c, Rating amended) throws SQLException {
        Optional<String> state = Jdbc.one(
                c,
                "SELECT state FROM eval_rectification WHERE rating_id = ? FOR UPDATE",
                r -> r.getString(1),
                amended.id());
        if (state.isEmpty() || RectificationStates.finished(state.get())) {
            return;
        }
        String reason = "评价人已将差评修改为“" + LEVEL_NAMES.get(amended.level()) + "”，整改撤回";
        WorkflowState s = ctx.workflows.load(
                RectificationWorkflow.DEFINITION,
                Long.toString(amended.id()),
                amended.jurisdictionCode(),
                RectificationStates.WITHDRAWN,
                "withdraw",
                reason);
        Jdbc.update(
                c,
                "UPDATE eval_rectification SET state = ?, version = ?, closed_at = ? WHERE rating_id = ?",
                s.state(),
                s.version(),
                ctx.now(),
                amended.id());
        ctx.timers.cancel(Ratings.TIMER, RECTIFY + amended.id());
    }

    List<Rectification> list(String jurisdictionCode, boolean openOnly) {
        ctx.access.check(EvaluationPermissions.READ, jurisdictionCode);
        return ctx.tx.read(c -> {
            List<Rectification> all = Jdbc.list(
                    c,
                    "SELECT " + RatingStore.COLUMNS + TASK_COLUMNS
                            + " FROM eval_rectification x JOIN eval_rating r ON r.id = x.rating_id"
                            + " WHERE r.jurisdiction_code LIKE ?"
                            + (openOnly
                                    ? " AND x.state NOT IN ('" + RectificationStates.CLOSED + "', '"
                                            + RectificationStates.WITHDRAWN + "')"
                                    : "")
                            + " ORDER BY CASE WHEN x.state IN ('" + RectificationStates.CLOSED + "', '"
                            + RectificationStates.WITHDRAWN + "') THEN 1 ELSE 0 END, x.due_at",
                    Rectifications::row,
                    Scope.like(jurisdictionCode));
            List<Rectification> shown = new ArrayList<>();
            for (Rectification x : all) {
                if (units.shows(c, x.rating())) {
                    shown.add(x);
                }
            }
            return shown;
        });
    }

    Rectification find(long id) {
        return ctx.tx.read(c -> readable(c, id, false));
    }

    Rectification verify(long id, long version, Verdict verdict, String finding) {
        if (verdict == null) {
            throw EvaluationException.of("evaluation.error.verdict");
        }
        String text = text(finding);
        String action =
                switch (verdict) {
                    case JUSTIFIED -> "justify";
                    case NOT_JUSTIFIED -> "explain";
                    case MALICIOUS -> "appeal";
                };
        return step(
                id,
                version,
                action,
                text,
                c -> Jdbc.update(
                        c,
                        "UPDATE eval_rectification SET verdict = ?, finding = ?, report = NULL WHERE rating_id = ?",
                        verdict.name(),
                        text,
                        id));
    }

    Rectification report(long id, long version, String report) {
        String text = text(report);
        return step(
                id,
                version,
                "report",
                text,
                c -> Jdbc.update(c, "UPDATE eval_rectification SET report = ? WHERE rating_id = ?", text, id));
    }

    Rectification recordCallback(long id, String note) {
        String text = text(note);
        return ctx.tx.required(c -> {
            Rectification x = readable(c, id, true);
            ctx.access.check(EvaluationPermissions.RECTIFY, x.rating().jurisdictionCode());
            ownUnit(c, x);
            if (RectificationStates.finished(x.state())) {
                throw EvaluationException.of("evaluation.error.closedTask");
            }
            Jdbc.update(
                    c,
                    "UPDATE eval_rectification SET callback_note = ?, callback_at = ? WHERE rating_id = ?",
                    text,
                    ctx.now(),
                    id);
            ctx.audit.record("evaluation.callback", "evaluation/" + id, text);
            return readable(c, id, false);
        });
    }

    Rectification review(long id, long version, boolean accept, String reason) {
        String text = accept ? (reason == null || reason.isBlank() ? null : text(reason)) : text(reason);
        return step(id, version, accept ? "accept" : "sendBack", text, c -> {
            Rectification x = readable(c, id, false);
            if (accept && x.rating().realName() && x.callback() == null) {
                throw EvaluationException.of("evaluation.error.callbackMissing");
            }
            if (accept) {
                Jdbc.update(c, "UPDATE eval_rectification SET closed_at = ? WHERE rating_id = ?", ctx.now(), id);
                ctx.timers.cancel(Ratings.TIMER, RECTIFY + id);
            }
            return 1;
        });
    }

    private Rectification step(long id, long version, String action, String reason, Change work) {
        return ctx.tx.required(c -> {
            Rectification x = readable(c, id, true);
            if (UNIT_ACTIONS.contains(action)) {
                ownUnit(c, x);
            }
            work.apply(c);
            WorkflowState s = ctx.workflows.transition(
                    RectificationWorkflow.DEFINITION, Long.toString(id), action, version, reason, Map.of());
            Jdbc.update(
                    c,
                    "UPDATE eval_rectification SET state = ?, version = ? WHERE rating_id = ?",
                    s.state(),
                    s.version(),
                    id);
            return readable(c, id, false);
        });
    }

    /** A deadline timer fired: warn first, then supervise. */
    void fire(long rating, Map<String, String> payload) {
        String id = Long.toString(rating);
        Instant due = Instant.parse(payload.get("due"));
        ctx.tx.required(c -> {
            String state = Jdbc.one(
                            c,
                            "SELECT state FROM eval_rectification WHERE rating_id = ? FOR UPDATE",
                            r -> r.getString(1),
                            rating)
                    .orElse(RectificationStates.CLOSED);
            if (RectificationStates.finished(state)) {
                return null;
            }
            boolean warn = "WARN".equals(payload.get("phase"));
            Jdbc.update(
                    c,
                    "UPDATE eval_rectification SET warning = ? WHERE rating_id = ?",
                    warn ? "YELLOW" : "RED",
                    rating);
            Map<String, String> event = Map.of("rating", id, "due", due.toString(), "state", state);
            if (warn) {
                ctx.events.publish(EvaluationTopics.WARNING, "evaluation/" + id, event);
                ctx.timers.schedule(Ratings.TIMER, RECTIFY + id, due, Map.of("phase", "DUE", "due", due.toString()));
            } else {
                ctx.audit.record("evaluation.supervise", "evaluation/" + id, "超期 " + due);
                ctx.events.publish(EvaluationTopics.OVERDUE, "evaluation/" + id, event);
            }
            return null;
        });
    }

    /** The task if the user may read it; "not found" otherwise, whatever the reason. */
    private Rectification readable(Connection c, long id, boolean lock) throws SQLException {
        if (lock) {
            Jdbc.one(c, "SELECT rating_id FROM eval_rectification WHERE rating_id = ? FOR UPDATE", r -> 1, id);
        }
        Rectification x = Jdbc.one(
                        c,
                        "SELECT " + RatingStore.COLUMNS + TASK_COLUMNS + " FROM eval_rectification x"
                                + " JOIN eval_rating r ON r.id = x.rating_id WHERE x.rating_id = ?",
                        Rectifications::row,
                        id)
                .orElse(null);
        if (x == null
                || !ctx.access.isPermitted(
                        EvaluationPermissions.READ, x.rating().jurisdictionCode())) {
            throw EvaluationException.of("evaluation.error.taskNotFound", id);
        }
        return x;
    }

    /** Refuses a unit's step on another unit's close-out (see {@link UnitMembers}). */
    private void ownUnit(Connection c, Rectification x) throws SQLException {
        if (!units.handles(c, x.rating())) {
            throw EvaluationException.of(
                    "evaluation.error.otherUnit", x.id(), x.rating().unit());
        }
    }

    /** A change of the task's own row, made before the step. */
    @FunctionalInterface
    private interface Change {
        Object apply(Connection c) throws SQLException;
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            throw EvaluationException.of("evaluation.error.textRequired");
        }
        String t = text.strip();
        if (t.length() > TEXT_MAX) {
            throw EvaluationException.of("evaluation.error.textTooLong", TEXT_MAX);
        }
        return t;
    }

    static Rectification row(ResultSet r) throws SQLException {
        String verdict = r.getString("verdict");
        return new Rectification(
                r.getLong("rating_id"),
                RatingStore.rating(r),
                r.getString("task_state"),
                r.getLong("task_version"),
                verdict == null ? null : Verdict.valueOf(verdict),
                r.getString("finding"),
                r.getString("report"),
                r.getString("callback_note"),
                Jdbc.instant(r, "due_at"),
                r.getString("warning"),
                Jdbc.instant(r, "opened_at"),
                Jdbc.instant(r, "closed_at"));
    }
}
