package org.tongban.search;

import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One index of {@link TextIndexes}: documents by id, searched as the guide search searches guides. Changes are visible
 * to the next search.
 *
 * @since 2.1
 */
@ProviderType
public interface TextIndex {
    /** Longest text a {@link TextQuery} may carry: a ticket's first paragraphs rather than a search box's words. */
    int MAX_TEXT_LENGTH = 1000;

    /** Largest number of hits a search returns. */
    int MAX_HITS = 50;

    /** Adds or replaces documents by id. */
    void put(Collection<TextDocument> documents);

    /** Removes documents by id; unknown ids are ignored. */
    void delete(Collection<String> ids);

    /** Replaces every document with these in one step: searches see the old set or the new one, never a mix. */
    void replaceAll(Collection<TextDocument> documents);

    /**
     * The best matches, best first; empty when nothing reaches the guide search's score gate.
     *
     * @throws SearchQueryException if the text is blank, longer than {@link #MAX_TEXT_LENGTH} or holds control
     *     characters other than line breaks and tabs, or the limit is not 1 to {@link #MAX_HITS}
     */
    List<TextHit> search(TextQuery query);

    /** Number of documents. */
    long count();
}
