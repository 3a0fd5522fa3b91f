package org.tongban.search;

import java.util.List;
import java.util.Objects;

/**
 * A search in a {@link TextIndex}.
 *
 * @param text the words or the text typed, taken literally (never parsed as query syntax)
 * @param jurisdictions only documents of these codes; empty for all
 * @param tag only documents carrying this tag, or null for any
 * @param limit at most this many hits, 1 to {@link TextIndex#MAX_HITS}
 * @since 2.1
 */
public record TextQuery(String text, List<String> jurisdictions, String tag, int limit) {
    public TextQuery {
        jurisdictions = List.copyOf(Objects.requireNonNullElse(jurisdictions, List.of()));
    }

    /** The best {@code limit} documents for this text, without filters. */
    public static TextQuery of(String text, int limit) {
        return new TextQuery(text, List.of(), null, limit);
    }
}
