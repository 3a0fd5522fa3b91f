package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.hotline.Article;
import org.tongban.hotline.ArticleDraft;
import org.tongban.hotline.ArticleFlag;
import org.tongban.hotline.ArticleVersion;
import org.tongban.hotline.Audience;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * The knowledge base's rows: {@code hotline_kb_article} (one per article, with its use and flag), {@code
 * hotline_kb_version} (every version), {@code hotline_kb_link} (a version's categories and matters) and the revision
 * counter {@code hotline_kb_state} that tells each node's search index to reload.
 */
final class ArticleStore {
    static final String CATEGORY = "CATEGORY";
    static final String MATTER = "MATTER";

    private static final String VERSION_COLUMNS = "article_id, number, title, body, audience, state, version, author,"
            + " written_at, reviewer, reviewed_at, review_note";

    /** The article's own row as read. */
    record Row(
            String id,
            String jurisdictionCode,
            int latestNumber,
            Integer publishedNumber,
            long usageCount,
            Instant lastUsedAt,
            ArticleFlag flag,
            String flagNote,
            Instant flaggedAt,
            Instant publishedAt) {}

    private ArticleStore() {}

    static Optional<Row> row(Connection c, String id, boolean lock) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT id, jurisdiction_code, latest_number, published_number, usage_count, last_used_at, flag,"
                        + " flag_note, flagged_at, published_at FROM hotline_kb_article WHERE id = ?"
                        + (lock ? " FOR UPDATE" : ""),
                r -> new Row(
                        r.getString("id"),
                        r.getString("jurisdiction_code"),
                        r.getInt("latest_number"),
                        Jdbc.nullableInt(r, "published_number"),
                        r.getLong("usage_count"),
                        Jdbc.instant(r, "last_used_at"),
                        r.getString("flag") == null ? null : ArticleFlag.valueOf(r.getString("flag")),
                        r.getString("flag_note"),
                        Jdbc.instant(r, "flagged_at"),
                        Jdbc.instant(r, "published_at")),
                id);
    }

    static Optional<Article> find(Connection c, String id) throws SQLException {
        Optional<Row> row = row(c, id, false);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(article(c, row.get()));
    }

    static Article article(Connection c, Row row) throws SQLException {
        ArticleVersion latest = version(c, row.id(), row.latestNumber()).orElseThrow();
        ArticleVersion published = row.publishedNumber() == null
                ? null
                : row.publishedNumber() == row.latestNumber()
                        ? latest
                        : version(c, row.id(), row.publishedNumber()).orElseThrow();
        return new Article(
                row.id(),
                row.jurisdictionCode(),
                latest,
                published,
                row.usageCount(),
                row.lastUsedAt(),
                row.flag(),
                row.flagNote(),
                row.flaggedAt());
    }

    static Optional<ArticleVersion> version(Connection c, String id, int number) throws SQLException {
        Optional<ArticleVersion> v = Jdbc.one(
                c,
                "SELECT " + VERSION_COLUMNS + " FROM hotline_kb_version WHERE article_id = ? AND number = ?",
                r -> read(r, List.of(), List.of()),
                id,
                number);
        if (v.isEmpty()) {
            return v;
        }
        return Optional.of(withLinks(c, v.get()));
    }

    static List<ArticleVersion> versions(Connection c, String id) throws SQLException {
        List<ArticleVersion> out = new ArrayList<>();
        for (ArticleVersion v : Jdbc.list(
                c,
                "SELECT " + VERSION_COLUMNS + " FROM hotline_kb_version WHERE article_id = ? ORDER BY number DESC",
                r -> read(r, List.of(), List.of()),
                id)) {
            out.add(withLinks(c, v));
        }
        return out;
    }

    /** The versions linked to a dispatch category, each as {@code articleId#number}. */
    static java.util.Set<String> linkedTo(Connection c, String categoryCode) throws SQLException {
        return new java.util.HashSet<>(Jdbc.list(
                c,
                "SELECT article_id, number FROM hotline_kb_link WHERE link_kind = ? AND code = ?",
                r -> r.getString(1) + "#" + r.getInt(2),
                CATEGORY,
                categoryCode));
    }

    private static ArticleVersion withLinks(Connection c, ArticleVersion v) throws SQLException {
        List<String[]> links = Jdbc.list(
                c,
                "SELECT link_kind, code FROM hotline_kb_link WHERE article_id = ? AND number = ? ORDER BY position",
                r -> new String[] {r.getString(1), r.getString(2)},
                v.articleId(),
                v.number());
        return new ArticleVersion(
                v.articleId(),
                v.number(),
                v.title(),
                v.body(),
                v.audience(),
                links.stream().filter(l -> l[0].equals(CATEGORY)).map(l -> l[1]).toList(),
                links.stream().filter(l -> l[0].equals(MATTER)).map(l -> l[1]).toList(),
                v.state(),
                v.version(),
                v.author(),
                v.writtenAt(),
                v.reviewer(),
                v.reviewedAt(),
                v.reviewNote());
    }

    private static ArticleVersion read(java.sql.ResultSet r, List<String> categories, List<String> matters)
            throws SQLException {
        return new ArticleVersion(
                r.getString("article_id"),
                r.getInt("number"),
                r.getString("title"),
                r.getString("body"),
                Audience.valueOf(r.getString("audience")),
                categories,
                matters,
                r.getString("state"),
                r.getLong("version"),
                r.getString("author"),
                Jdbc.instant(r, "written_at"),
                r.getString("reviewer"),
                Jdbc.instant(r, "reviewed_at"),
                r.getString("review_note"));
    }

    static void insertArticle(Connection c, String id, String jurisdiction, String actor, Instant now)
            throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO hotline_kb_article (id, jurisdiction_code, latest_number, usage_count, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                id,
                jurisdiction,
                1,
                0L,
                actor,
                now);
    }

    static void insertVersion(
            Connection c, String id, int number, ArticleDraft d, long version, String actor, Instant now)
            throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO hotline_kb_version (article_id, number, title, body, audience, state, version, author,"
                        + " written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                number,
                d.title().strip(),
                d.body().strip(),
                d.audience(),
                org.tongban.hotline.ArticleStates.DRAFT,
                version,
                actor,
                now);
        links(c, id, number, d);
    }

    static void updateDraft(Connection c, String id, int number, ArticleDraft d, String actor, Instant now)
            throws SQLException {
        Jdbc.update(
                c,
                "UPDATE hotline_kb_version SET title = ?, body = ?, audience = ?, edited_by = ?, written_at = ?,"
                        + " reviewer = NULL, reviewed_at = NULL WHERE article_id = ? AND number = ?",
                d.title().strip(),
                d.body().strip(),
                d.audience(),
                actor,
                now,
                id,
                number);
        Jdbc.update(c, "DELETE FROM hotline_kb_link WHERE article_id = ? AND number = ?", id, number);
        links(c, id, number, d);
    }

    private static void links(Connection c, String id, int number, ArticleDraft d) throws SQLException {
        int position = 0;
        for (String code : d.categoryCodes()) {
            Jdbc.update(
                    c,
                    "INSERT INTO hotline_kb_link (article_id, number, link_kind, code, position) VALUES (?, ?, ?, ?, ?)",
                    id,
                    number,
                    CATEGORY,
                    code,
                    position++);
        }
        for (String code : d.matterCodes()) {
            Jdbc.update(
                    c,
                    "INSERT INTO hotline_kb_link (article_id, number, link_kind, code, position) VALUES (?, ?, ?, ?, ?)",
                    id,
                    number,
                    MATTER,
                    code,
                    position++);
        }
    }

    /** Keeps the workflow's state and version with the version row, for the lists. */
    static void moved(Connection c, String id, int number, org.tongban.platform.workflow.WorkflowState state)
            throws SQLException {
        Jdbc.update(
                c,
                "UPDATE hotline_kb_version SET state = ?, version = ? WHERE article_id = ? AND number = ?",
                state.state(),
                state.version(),
                id,
                number);
    }

    /** Tells every node's index that the articles in force changed. */
    static void bumpRevision(Connection c) throws SQLException {
        Jdbc.update(c, "UPDATE hotline_kb_state SET revision = revision + 1 WHERE id = 1");
    }

    static long revision(Connection c) throws SQLException {
        return Jdbc.one(c, "SELECT revision FROM hotline_kb_state WHERE id = 1", r -> r.getLong(1))
                .orElse(0L);
    }

    /** Every article in force: (id, jurisdiction, version). */
    static List<ArticleVersion> inForce(Connection c) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT v.article_id, v.number, v.title, v.body, v.audience, v.state, v.version, v.author,"
                        + " v.written_at, v.reviewer, v.reviewed_at, v.review_note FROM hotline_kb_article a"
                        + " JOIN hotline_kb_version v ON v.article_id = a.id AND v.number = a.published_number",
                r -> read(r, List.of(), List.of()));
    }

    static java.util.Map<String, String> jurisdictions(Connection c) throws SQLException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        Jdbc.list(c, "SELECT id, jurisdiction_code FROM hotline_kb_article", r -> {
            out.put(r.getString(1), r.getString(2));
            return null;
        });
        return out;
    }
}
