package org.tongban.search.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.tongban.search.FacetField;
import org.tongban.search.SearchDocument;

/** What a search engine must do for {@link GuideSearchEngine}; analysis, highlighting and ranking rules are shared. */
public interface SearchBackend extends AutoCloseable {

    String name();

    /** Adds or replaces and removes documents in the live index, visible to queries within a second. */
    void write(List<IndexedDocument> upserts, Collection<String> deletions);

    /** Runs a plan over published documents; facets count all matches. */
    Page search(QueryPlan plan, int from, int size);

    /** Published documents with a suggest key starting with the prefix, shortest titles first. */
    List<SearchDocument> prefix(String prefix, int limit);

    /** Number of searchable documents; throws when the backend cannot answer. */
    long count();

    /**
     * The {@link SearchDocument#FORMAT} the live index was built with, as recorded with the index itself so that it
     * survives a restart; {@code null} for an index built before formats were recorded. Throws when the backend
     * cannot answer.
     */
    String format();

    /** Starts building a replacement index beside the live one; it records the current format when activated. */
    Generation newGeneration();

    @Override
    void close();

    /** A replacement index being built; it answers no query until activated. */
    interface Generation {
        void write(List<IndexedDocument> upserts, Collection<String> deletions);

        /** Makes this index the live one in one step and drops the old one. */
        void activate();

        /** Drops this index; the live one stays. */
        void abandon();
    }

    /** A scored document. */
    record Match(SearchDocument document, double score) {}

    /**
     * One page of matches.
     *
     * @param facets counts per facet field and value (the department's value is code TAB name)
     */
    record Page(List<Match> matches, long total, Map<FacetField, Map<String, Long>> facets) {}
}
