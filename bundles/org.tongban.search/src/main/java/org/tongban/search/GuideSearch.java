package org.tongban.search;

import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Searches published service guides and FAQs the way citizens ask: colloquial phrases, pinyin ({@code yyzz}),
 * Traditional script, typos. The writing methods are for the catalogue adapter, which feeds the index from catalogue
 * events after the catalogue has checked its own permissions; reading is public.
 */
@ProviderType
public interface GuideSearch {

    /** Longest query text, in characters. */
    int MAX_QUERY_LENGTH = 200;

    /** Largest page size. */
    int MAX_PAGE_SIZE = 50;

    /**
     * Adds or replaces documents by id. A document that is not published is removed instead, so search never shows a
     * draft. Visible to queries within a second.
     */
    void index(Collection<SearchDocument> documents);

    /** Removes documents by id; unknown ids are ignored. Visible to queries within a second. */
    void delete(Collection<String> ids);

    /**
     * Searches published documents.
     *
     * @throws SearchQueryException if the text is empty, longer than {@link #MAX_QUERY_LENGTH}, contains control
     *     characters, or the page is out of range; query syntax in the text is never interpreted
     * @throws SearchUnavailableException if the backend is down and no fallback is configured
     */
    SearchResult query(SearchQuery query);

    /**
     * Completions for what a citizen is typing: titles that start with the prefix, contain a word starting with it, or
     * whose pinyin or initials start with it. Empty for a blank prefix.
     *
     * @throws SearchQueryException if the prefix is too long or contains control characters
     */
    List<String> suggest(String prefix);

    /**
     * Replaces the whole index with these documents without interrupting queries: a new index is built beside the
     * current one, which answers until the new one takes over; changes made meanwhile are carried over.
     */
    void reindex(Collection<SearchDocument> documents);

    /** Backend, health and size, for {@code /health}. */
    SearchStatus status();
}
