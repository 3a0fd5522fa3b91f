package org.tongban.search;

import java.util.List;

/**
 * A passage of one field around a match.
 *
 * @param field the field: {@code conditions}, {@code materials}, {@code limits}, {@code authority} (the implementing
 *     body), {@code intermediaries}, {@code answer} or {@code question}
 * @param fragments the passage split into highlighted and plain parts
 */
public record Snippet(String field, List<Fragment> fragments) {

    public Snippet {
        fragments = List.copyOf(fragments);
    }

    /** The passage as plain text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        fragments.forEach(f -> text.append(f.text()));
        return text.toString();
    }
}
