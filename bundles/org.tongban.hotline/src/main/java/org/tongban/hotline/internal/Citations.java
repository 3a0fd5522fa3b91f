package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.tongban.hotline.ArticleFlag;
import org.tongban.hotline.ArticleVersion;
import org.tongban.hotline.HotlineException;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * A 直办 answer or a reply citing a knowledge-base article: only an article in force that applies at the ticket's
 * place, and each citation counts as a use (which also lifts an "unused" flag).
 */
final class Citations {
    static final String ANSWER = "ANSWER";
    static final String REPLY = "REPLY";

    private final HotlineContext ctx;

    Citations(HotlineContext ctx) {
        this.ctx = ctx;
    }

    /** The version in force of the article, locked for the count; "not found" when it does not apply at the place. */
    ArticleVersion citable(Connection c, String articleId, String place) throws SQLException {
        KnowledgeRules.checkId(articleId);
        ArticleStore.Row row =
                ArticleStore.row(c, articleId, true).orElseThrow(() -> KnowledgeRules.notFound(articleId));
        if (!new KnowledgeRules(ctx, m -> true).appliesAt(row.jurisdictionCode(), place)) {
            throw KnowledgeRules.notFound(articleId);
        }
        if (row.publishedNumber() == null) {
            throw HotlineException.of("hotline.error.articleNotInForce", articleId);
        }
        return ArticleStore.version(c, articleId, row.publishedNumber()).orElseThrow();
    }

    /** Counts the citation in the caller's transaction. */
    void use(Connection c, ArticleVersion v, String ticketNumber, String kind) throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO hotline_kb_use (article_id, number, ticket_number, use_kind, used_at, used_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                v.articleId(),
                v.number(),
                ticketNumber,
                kind,
                ctx.now(),
                ctx.actor());
        Jdbc.update(
                c,
                "UPDATE hotline_kb_article SET usage_count = usage_count + 1, last_used_at = ? WHERE id = ?",
                ctx.now(),
                v.articleId());
        Jdbc.update(
                c,
                "UPDATE hotline_kb_article SET flag = NULL, flag_note = NULL, flagged_at = NULL WHERE id = ? AND flag = ?",
                v.articleId(),
                ArticleFlag.UNUSED);
        ctx.audit.record("hotline.knowledge.cite", v.articleId(), kind + " " + ticketNumber + " v" + v.number());
    }
}
