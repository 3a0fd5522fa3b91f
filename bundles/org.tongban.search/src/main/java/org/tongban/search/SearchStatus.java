package org.tongban.search;

/**
 * State of the search backend.
 *
 * @param backend {@code lucene} or {@code elasticsearch}
 * @param state UP, DEGRADED (answering from the fallback) or DOWN
 * @param detail a short explanation in Chinese
 * @param documents number of searchable documents, or -1 when unknown
 * @param format the {@link SearchDocument#FORMAT} the index was built with; {@code null} when unknown (an index built
 *     before formats were recorded, or a backend that cannot answer)
 */
public record SearchStatus(String backend, State state, String detail, long documents, String format) {

    /** A status without a known index format. */
    public SearchStatus(String backend, State state, String detail, long documents) {
        this(backend, state, detail, documents, null);
    }

    /** Health levels, worst last. */
    public enum State {
        UP,
        DEGRADED,
        DOWN
    }
}
