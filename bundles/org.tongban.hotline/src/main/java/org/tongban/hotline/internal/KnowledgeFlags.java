package org.tongban.hotline.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tongban.hotline.Article;
import org.tongban.hotline.ArticleFlag;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.HotlineTopics;
import org.tongban.hotline.Ticket;
import org.tongban.platform.api.jdbc.Jdbc;

/** Articles flagged for review: unused for the configured days, or contradicted by a reply the office reviewed. */
final class KnowledgeFlags {
    private final HotlineContext ctx;
    private final KnowledgeRules rules;
    private final int unusedDays;

    KnowledgeFlags(HotlineContext ctx, KnowledgeRules rules, int unusedDays) {
        this.ctx = ctx;
        this.rules = rules;
        this.unusedDays = unusedDays;
    }

    Article markContradicted(String ticketNumber, String articleId, String note) {
        KnowledgeRules.checkId(articleId);
        Checks.reason(note);
        return ctx.tx.required(c -> {
            Ticket t = ctx.readable(c, ticketNumber);
            ctx.access.check(HotlinePermissions.REVIEW, t.place().jurisdictionCode());
            boolean replied = t.answer() != null || t.assignments().stream().anyMatch(a -> a.reply() != null);
            if (!replied) {
                throw HotlineException.of("hotline.error.noReplyYet", t.number());
            }
            ArticleStore.Row row = ArticleStore.row(c, articleId, true)
                    .filter(r -> rules.appliesAt(r.jurisdictionCode(), t.place().jurisdictionCode()))
                    .orElseThrow(() -> KnowledgeRules.notFound(articleId));
            String flagNote = Jdbc.clip(t.number() + "：" + note.strip(), Checks.REASON_LIMIT);
            Jdbc.update(
                    c,
                    "UPDATE hotline_kb_article SET flag = ?, flag_note = ?, flagged_at = ? WHERE id = ?",
                    ArticleFlag.CONTRADICTED,
                    flagNote,
                    ctx.now(),
                    row.id());
            ctx.audit.record("hotline.knowledge.contradicted", row.id(), flagNote);
            ctx.events.publish(
                    HotlineTopics.KNOWLEDGE_FLAGGED,
                    "hotline-article/" + row.id(),
                    Map.of("article", row.id(), "flag", ArticleFlag.CONTRADICTED.name(), "number", t.number()));
            return ArticleStore.find(c, row.id()).orElseThrow();
        });
    }

    Article clearFlag(String articleId, String note) {
        KnowledgeRules.checkId(articleId);
        String checked = Checks.optional(note, Checks.REASON_LIMIT);
        return ctx.tx.required(c -> {
            ArticleStore.Row row = ArticleStore.row(c, articleId, true)
                    .filter(r -> rules.mayRead(r.jurisdictionCode()))
                    .orElseThrow(() -> KnowledgeRules.notFound(articleId));
            ctx.access.check(HotlinePermissions.PUBLISH, row.jurisdictionCode());
            if (row.flag() == null) {
                throw HotlineException.of("hotline.error.articleNotFlagged", articleId);
            }
            Jdbc.update(
                    c,
                    "UPDATE hotline_kb_article SET flag = NULL, flag_note = NULL, flagged_at = NULL, kept_at = ?"
                            + " WHERE id = ?",
                    ctx.now(),
                    articleId);
            ctx.audit.record("hotline.knowledge.keep", articleId, row.flag() + (checked == null ? "" : " " + checked));
            return ArticleStore.find(c, articleId).orElseThrow();
        });
    }

    /** Run by the daily job (no user) or by a reviewer; the unused days count from the latest use, publication or keep. */
    int flagUnused() {
        if (ctx.access.currentUser().isPresent()) {
            ctx.access.check(HotlinePermissions.PUBLISH);
        }
        Instant now = ctx.now();
        Instant before = now.minus(Duration.ofDays(unusedDays));
        return ctx.tx.required(c -> {
            List<String> ids = Jdbc.list(
                    c,
                    "SELECT id FROM hotline_kb_article WHERE published_number IS NOT NULL AND flag IS NULL"
                            + " AND COALESCE(last_used_at, published_at) < ? AND (kept_at IS NULL OR kept_at < ?)"
                            + " ORDER BY id",
                    r -> r.getString(1),
                    before,
                    before);
            String note = "已连续" + unusedDays + "天未被直办或答复引用";
            for (String id : ids) {
                Jdbc.update(
                        c,
                        "UPDATE hotline_kb_article SET flag = ?, flag_note = ?, flagged_at = ? WHERE id = ?",
                        ArticleFlag.UNUSED,
                        note,
                        now,
                        id);
                ctx.audit.record("hotline.knowledge.unused", id, note);
                ctx.events.publish(
                        HotlineTopics.KNOWLEDGE_FLAGGED,
                        "hotline-article/" + id,
                        Map.of("article", id, "flag", ArticleFlag.UNUSED.name()));
            }
            return ids.size();
        });
    }
}
