package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongban.hotline.ArticleVersion;
import org.tongban.search.TextDocument;
import org.tongban.search.TextHit;
import org.tongban.search.TextIndex;
import org.tongban.search.TextQuery;

/**
 * This node's search index of the articles in force, on the guide search's {@link TextIndex}. The database's revision
 * counter goes up with every publication and withdrawal on any node; a search that finds it changed reloads the index
 * first (a few hundred articles take well under a second), so every node answers from the articles in force.
 */
final class KnowledgeIndex {
    static final String NAME = "hotline-knowledge";

    /** A hit with the version it was indexed from. */
    record Found(ArticleVersion version, String jurisdictionCode, TextHit hit) {}

    private final TextIndex index;
    private volatile long loaded = -1;
    private volatile Map<String, ArticleVersion> versions = Map.of();
    private volatile Map<String, String> places = Map.of();

    KnowledgeIndex(TextIndex index) {
        this.index = index;
    }

    List<Found> search(Connection c, String text, List<String> jurisdictions, String tag, int limit)
            throws SQLException {
        refresh(c);
        List<Found> out = new ArrayList<>();
        Map<String, ArticleVersion> current = versions;
        for (TextHit hit : index.search(new TextQuery(text, jurisdictions, tag, limit))) {
            ArticleVersion v = current.get(hit.id());
            if (v != null) {
                out.add(new Found(v, places.get(hit.id()), hit));
            }
        }
        return out;
    }

    private void refresh(Connection c) throws SQLException {
        long revision = ArticleStore.revision(c);
        if (revision == loaded) {
            return;
        }
        synchronized (this) {
            if (revision == loaded) {
                return;
            }
            Map<String, String> jurisdictions = ArticleStore.jurisdictions(c);
            Map<String, ArticleVersion> inForce = new java.util.HashMap<>();
            List<TextDocument> docs = new ArrayList<>();
            for (ArticleVersion v : ArticleStore.inForce(c)) {
                inForce.put(v.articleId(), v);
                docs.add(new TextDocument(
                        v.articleId(),
                        v.title(),
                        v.body(),
                        jurisdictions.get(v.articleId()),
                        List.of(tag(v.audience()))));
            }
            index.replaceAll(docs);
            versions = Map.copyOf(inForce);
            places = Map.copyOf(jurisdictions);
            loaded = revision;
        }
    }

    static String tag(org.tongban.hotline.Audience audience) {
        return audience.name().toLowerCase(Locale.ROOT);
    }

    /** Typed text as a query: control characters as spaces, at most the index's length. */
    static String queryText(String text) {
        String flat = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return flat.length() > TextIndex.MAX_TEXT_LENGTH ? flat.substring(0, TextIndex.MAX_TEXT_LENGTH) : flat;
    }
}
