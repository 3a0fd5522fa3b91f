package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.tongban.hotline.Article;
import org.tongban.hotline.ArticleDraft;
import org.tongban.hotline.ArticleStates;
import org.tongban.hotline.ArticleVersion;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.workflow.WorkflowState;

/** Writing, submitting, publishing, rejecting and withdrawing articles' versions. */
final class KnowledgeEditing {
    static final String SERIES = "KB";

    private final HotlineContext ctx;
    private final KnowledgeRules rules;

    KnowledgeEditing(HotlineContext ctx, KnowledgeRules rules) {
        this.ctx = ctx;
        this.rules = rules;
    }

    Article create(ArticleDraft d) {
        if (d != null && d.jurisdictionCode() != null) {
            ctx.access.check(HotlinePermissions.KNOWLEDGE, d.jurisdictionCode());
        }
        return ctx.tx.required(c -> {
            rules.check(c, d, true);
            ctx.access.check(HotlinePermissions.KNOWLEDGE, d.jurisdictionCode());
            String id = ctx.numbers.next(SERIES, d.jurisdictionCode().substring(0, 6));
            ArticleStore.insertArticle(c, id, d.jurisdictionCode(), ctx.actor(), ctx.now());
            WorkflowState state = ctx.workflows.create(
                    ArticleWorkflow.DEFINITION, ArticleWorkflow.caseId(id, 1), d.jurisdictionCode(), "write", null);
            ArticleStore.insertVersion(c, id, 1, d, state.version(), ctx.actor(), ctx.now());
            ctx.audit.record("hotline.knowledge.create", id, d.audience() + " " + Jdbc.clip(d.title(), 60));
            return ArticleStore.find(c, id).orElseThrow();
        });
    }

    Article edit(String id, ArticleDraft d) {
        KnowledgeRules.checkId(id);
        return ctx.tx.required(c -> {
            ArticleStore.Row row = lockedForEditing(c, id);
            rules.check(c, d, false);
            ArticleVersion latest =
                    ArticleStore.version(c, id, row.latestNumber()).orElseThrow();
            int number = latest.number();
            if (latest.state().equals(ArticleStates.DRAFT)) {
                ArticleStore.updateDraft(c, id, number, d, ctx.actor(), ctx.now());
            } else if (latest.state().equals(ArticleStates.REVIEW)) {
                throw HotlineException.of("hotline.error.articleInReview", id);
            } else {
                number++;
                WorkflowState state = ctx.workflows.create(
                        ArticleWorkflow.DEFINITION,
                        ArticleWorkflow.caseId(id, number),
                        row.jurisdictionCode(),
                        "write",
                        null);
                ArticleStore.insertVersion(c, id, number, d, state.version(), ctx.actor(), ctx.now());
                Jdbc.update(c, "UPDATE hotline_kb_article SET latest_number = ? WHERE id = ?", number, id);
            }
            ctx.audit.record("hotline.knowledge.write", id, "v" + number + " " + Jdbc.clip(d.title(), 60));
            return ArticleStore.find(c, id).orElseThrow();
        });
    }

    Article submit(String id, int number, long version) {
        return step(id, number, version, "submit", null);
    }

    Article publish(String id, int number, long version, String note) {
        String checkedNote = Checks.optional(note, Checks.REASON_LIMIT);
        return ctx.tx.required(c -> {
            ArticleStore.Row row = locked(c, id);
            ctx.access.check(HotlinePermissions.PUBLISH, row.jurisdictionCode());
            String[] writers = Jdbc.one(
                            c,
                            "SELECT author, edited_by FROM hotline_kb_version WHERE article_id = ? AND number = ?",
                            r -> new String[] {r.getString(1), r.getString(2)},
                            id,
                            number)
                    .orElseThrow(() -> KnowledgeRules.notFound(id));
            String me = ctx.actor();
            if (me.equals(writers[0]) || me.equals(writers[1])) {
                throw HotlineException.of("hotline.error.articleOwnReview", id);
            }
            WorkflowState state = ctx.workflows.transition(
                    ArticleWorkflow.DEFINITION,
                    ArticleWorkflow.caseId(id, number),
                    "publish",
                    version,
                    checkedNote,
                    Map.of());
            ArticleStore.moved(c, id, number, state);
            if (row.publishedNumber() != null && row.publishedNumber() != number) {
                WorkflowState old = ctx.workflows.load(
                        ArticleWorkflow.DEFINITION,
                        ArticleWorkflow.caseId(id, row.publishedNumber()),
                        row.jurisdictionCode(),
                        ArticleStates.SUPERSEDED,
                        "supersede",
                        "v" + number);
                ArticleStore.moved(c, id, row.publishedNumber(), old);
            }
            reviewed(c, id, number, checkedNote);
            Jdbc.update(
                    c,
                    "UPDATE hotline_kb_article SET published_number = ?, published_at = ?, flag = NULL,"
                            + " flag_note = NULL, flagged_at = NULL WHERE id = ?",
                    number,
                    ctx.now(),
                    id);
            ArticleStore.bumpRevision(c);
            return ArticleStore.find(c, id).orElseThrow();
        });
    }

    Article reject(String id, int number, long version, String reason) {
        Checks.reason(reason);
        return ctx.tx.required(c -> {
            locked(c, id);
            WorkflowState state = ctx.workflows.transition(
                    ArticleWorkflow.DEFINITION,
                    ArticleWorkflow.caseId(id, number),
                    "reject",
                    version,
                    reason,
                    Map.of());
            ArticleStore.moved(c, id, number, state);
            reviewed(c, id, number, reason);
            return ArticleStore.find(c, id).orElseThrow();
        });
    }

    Article withdraw(String id, String reason) {
        Checks.reason(reason);
        return ctx.tx.required(c -> {
            ArticleStore.Row row = locked(c, id);
            if (row.publishedNumber() == null) {
                throw HotlineException.of("hotline.error.articleNotInForce", id);
            }
            int number = row.publishedNumber();
            ArticleVersion v = ArticleStore.version(c, id, number).orElseThrow();
            WorkflowState state = ctx.workflows.transition(
                    ArticleWorkflow.DEFINITION,
                    ArticleWorkflow.caseId(id, number),
                    "withdraw",
                    v.version(),
                    reason,
                    Map.of());
            ArticleStore.moved(c, id, number, state);
            Jdbc.update(
                    c,
                    "UPDATE hotline_kb_article SET published_number = NULL, flag = NULL, flag_note = NULL,"
                            + " flagged_at = NULL WHERE id = ?",
                    id);
            ArticleStore.bumpRevision(c);
            return ArticleStore.find(c, id).orElseThrow();
        });
    }

    private Article step(String id, int number, long version, String action, String reason) {
        return ctx.tx.required(c -> {
            locked(c, id);
            WorkflowState state = ctx.workflows.transition(
                    ArticleWorkflow.DEFINITION, ArticleWorkflow.caseId(id, number), action, version, reason, Map.of());
            ArticleStore.moved(c, id, number, state);
            return ArticleStore.find(c, id).orElseThrow();
        });
    }

    private void reviewed(Connection c, String id, int number, String note) throws SQLException {
        Jdbc.update(
                c,
                "UPDATE hotline_kb_version SET reviewer = ?, reviewed_at = ?, review_note = ? WHERE article_id = ?"
                        + " AND number = ?",
                ctx.actor(),
                ctx.now(),
                note,
                id,
                number);
    }

    /** The article row locked; "not found" for one the user may not read, whatever the reason. */
    private ArticleStore.Row locked(Connection c, String id) throws SQLException {
        KnowledgeRules.checkId(id);
        ArticleStore.Row row = ArticleStore.row(c, id, true).orElseThrow(() -> KnowledgeRules.notFound(id));
        if (!rules.mayRead(row.jurisdictionCode())) {
            throw KnowledgeRules.notFound(id);
        }
        return row;
    }

    private ArticleStore.Row lockedForEditing(Connection c, String id) throws SQLException {
        ArticleStore.Row row = locked(c, id);
        ctx.access.check(HotlinePermissions.KNOWLEDGE, row.jurisdictionCode());
        return row;
    }
}
