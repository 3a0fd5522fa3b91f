package org.tongban.search;

import java.util.List;

/**
 * A matching document of a {@link TextIndex}, highlighted as structured fragments (never markup; escape them).
 *
 * @param id the document's id
 * @param title the title as indexed
 * @param titleFragments the title split into highlighted and plain parts
 * @param snippet a passage of the body around the first match (its beginning when only the title matched), field
 *     {@code answer}
 * @param score relevance score, comparable only within one search
 * @since 2.1
 */
public record TextHit(String id, String title, List<Fragment> titleFragments, Snippet snippet, double score) {
    public TextHit {
        titleFragments = List.copyOf(titleFragments);
    }
}
