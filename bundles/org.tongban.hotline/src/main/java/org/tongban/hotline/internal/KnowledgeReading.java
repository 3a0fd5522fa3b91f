package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.hotline.Article;
import org.tongban.hotline.ArticleStates;
import org.tongban.hotline.ArticleSuggestion;
import org.tongban.hotline.ArticleVersion;
import org.tongban.hotline.Audience;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.PublicArticle;
import org.tongban.platform.api.jdbc.Jdbc;

/** The console's and the portal's reads of the knowledge base, and the suggestions for a ticket's text. */
final class KnowledgeReading {
    static final int MAX_LIST = 200;
    static final int MAX_SUGGESTIONS = 20;

    /**
     * How much a link to the ticket's category multiplies an article's text score: enough to put it above an equal or
     * slightly better text match, not above a clearly better one. Tuned on {@code KnowledgeQuality}'s labelled set.
     */
    static final double CATEGORY_WEIGHT = 1.3;

    private final HotlineContext ctx;
    private final KnowledgeRules rules;
    private final KnowledgeIndex index;

    KnowledgeReading(HotlineContext ctx, KnowledgeRules rules, KnowledgeIndex index) {
        this.ctx = ctx;
        this.rules = rules;
        this.index = index;
    }

    Optional<Article> article(String id) {
        if (id == null || !id.matches(KnowledgeRules.ID)) {
            return Optional.empty();
        }
        return ctx.tx.read(c -> ArticleStore.find(c, id).filter(a -> rules.mayRead(a.jurisdictionCode())));
    }

    List<ArticleVersion> versions(String id) {
        return ctx.tx.read(c -> {
            if (article(id).isEmpty()) {
                throw KnowledgeRules.notFound(id);
            }
            return ArticleStore.versions(c, id);
        });
    }

    List<Article> articles(String titleContains, int limit) {
        int max = Math.max(1, Math.min(limit, MAX_LIST));
        boolean all = titleContains == null || titleContains.isBlank();
        return ctx.tx.read(c -> readable(
                c,
                Jdbc.list(
                        c,
                        "SELECT a.id, a.jurisdiction_code FROM hotline_kb_article a JOIN hotline_kb_version v"
                                + " ON v.article_id = a.id AND v.number = a.latest_number"
                                + (all ? "" : " WHERE v.title LIKE ? ESCAPE '\\'")
                                + " ORDER BY v.written_at DESC, a.id LIMIT ?",
                        r -> new String[] {r.getString(1), r.getString(2)},
                        all
                                ? new Object[] {MAX_LIST * 5}
                                : new Object[] {Jdbc.contains(titleContains.strip()), MAX_LIST * 5}),
                max,
                false));
    }

    List<Article> reviewQueue() {
        return ctx.tx.read(c -> readable(
                c,
                Jdbc.list(
                        c,
                        "SELECT a.id, a.jurisdiction_code FROM hotline_kb_article a JOIN hotline_kb_version v"
                                + " ON v.article_id = a.id AND v.number = a.latest_number"
                                + " WHERE v.state = ? OR a.flag IS NOT NULL ORDER BY v.written_at, a.id LIMIT ?",
                        r -> new String[] {r.getString(1), r.getString(2)},
                        ArticleStates.REVIEW,
                        MAX_LIST * 5),
                MAX_LIST,
                true));
    }

    private List<Article> readable(Connection c, List<String[]> rows, int max, boolean reviewers) throws SQLException {
        List<Article> out = new ArrayList<>();
        for (String[] row : rows) {
            if (out.size() >= max) {
                break;
            }
            boolean may =
                    reviewers ? ctx.access.isPermitted(HotlinePermissions.PUBLISH, row[1]) : rules.mayRead(row[1]);
            if (may) {
                ArticleStore.find(c, row[0]).ifPresent(out::add);
            }
        }
        return out;
    }

    List<ArticleSuggestion> suggest(String text, String place, String categoryCode, int limit) {
        if (place == null || place.isBlank()) {
            throw HotlineException.of("hotline.error.addressMissing");
        }
        if (KnowledgeRules.READERS.stream().noneMatch(p -> ctx.access.isPermitted(p, place))) {
            ctx.access.check(HotlinePermissions.ACCEPT, place);
        }
        if (text == null || text.isBlank() || limit < 1) {
            return List.of();
        }
        String query = KnowledgeIndex.queryText(text);
        if (query.isEmpty()) {
            return List.of();
        }
        int max = Math.min(limit, MAX_SUGGESTIONS);
        boolean weigh = categoryCode != null && !categoryCode.isBlank();
        // With a category, a wider pool of text matches is re-ranked, so that a linked article just below the cut
        // can still rise into it.
        int pool = weigh ? Math.min(max * 3, MAX_SUGGESTIONS * 3) : max;
        return ctx.tx.read(c -> {
            // The index holds the versions without their links: the category's links come from the database.
            java.util.Set<String> linked = weigh ? ArticleStore.linkedTo(c, categoryCode.strip()) : java.util.Set.of();
            return index.search(c, query, rules.upwards(place), null, pool).stream()
                    .map(f -> new ArticleSuggestion(
                            f.version().articleId(),
                            f.version().number(),
                            f.version().title(),
                            f.hit().snippet().text(),
                            f.version().audience(),
                            f.hit().score()
                                    * (linked.contains(f.version().articleId() + "#"
                                                    + f.version().number())
                                            ? CATEGORY_WEIGHT
                                            : 1)))
                    .sorted(java.util.Comparator.comparingDouble(ArticleSuggestion::score)
                            .reversed())
                    .limit(max)
                    .toList();
        });
    }

    List<PublicArticle> publicArticles(String text, int limit) {
        int max = Math.max(1, Math.min(limit, 50));
        return ctx.tx.read(c -> {
            if (text == null || text.isBlank()) {
                List<PublicArticle> out = new ArrayList<>();
                for (ArticleVersion v : ArticleStore.inForce(c)) {
                    if (v.audience() == Audience.PUBLIC) {
                        out.add(asPublic(c, v));
                    }
                }
                out.sort(java.util.Comparator.comparing(
                        PublicArticle::publishedAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
                return out.subList(0, Math.min(max, out.size()));
            }
            String query = KnowledgeIndex.queryText(text);
            List<PublicArticle> out = new ArrayList<>();
            for (KnowledgeIndex.Found f : index.search(c, query, List.of(), KnowledgeIndex.tag(Audience.PUBLIC), max)) {
                out.add(asPublic(c, f.version()));
            }
            return out;
        });
    }

    Optional<PublicArticle> publicArticle(String id) {
        if (id == null || !id.matches(KnowledgeRules.ID)) {
            return Optional.empty();
        }
        return ctx.tx.read(c -> {
            Optional<ArticleStore.Row> row = ArticleStore.row(c, id, false);
            if (row.isEmpty() || row.get().publishedNumber() == null) {
                return Optional.empty();
            }
            ArticleVersion v =
                    ArticleStore.version(c, id, row.get().publishedNumber()).orElseThrow();
            return v.audience() == Audience.PUBLIC ? Optional.of(asPublic(c, v)) : Optional.empty();
        });
    }

    private static PublicArticle asPublic(Connection c, ArticleVersion v) throws SQLException {
        ArticleStore.Row row = ArticleStore.row(c, v.articleId(), false).orElseThrow();
        List<String> matters = ArticleStore.version(c, v.articleId(), v.number())
                .map(ArticleVersion::matterCodes)
                .orElse(List.of());
        return new PublicArticle(
                v.articleId(), v.number(), v.title(), v.body(), row.jurisdictionCode(), row.publishedAt(), matters);
    }
}
