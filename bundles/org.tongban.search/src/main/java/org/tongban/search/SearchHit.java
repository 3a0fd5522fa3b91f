package org.tongban.search;

import java.util.List;

/**
 * A matching document, with highlighting as structured fragments (never markup): the UI renders highlighted
 * fragments as marked text, and escapes all of it.
 *
 * @param id document id
 * @param kind matter guide or FAQ
 * @param matterCode the matter to open
 * @param title title as indexed
 * @param titleFragments the title split into highlighted and plain parts
 * @param snippets passages of the other fields where the query matched, best first; for an FAQ the answer comes
 *     first so that it can be shown inline
 * @param score relevance score (comparable only within one result)
 */
public record SearchHit(
        String id,
        DocumentKind kind,
        String matterCode,
        String title,
        List<Fragment> titleFragments,
        List<Snippet> snippets,
        double score) {

    public SearchHit {
        titleFragments = List.copyOf(titleFragments);
        snippets = List.copyOf(snippets);
    }
}
