package org.tongban.search;

/**
 * State of the search backend.
 *
 * @param backend {@code lucene} or {@code elasticsearch}
 * @param state UP, DEGRADED (answering from the fallback) or DOWN
 * @param detail a short explanation in Chinese
 * @param documents number of searchable documents, or -1 when unknown
 */
public record SearchStatus(String backend, State state, String detail, long documents) {

    /** Health levels, worst last. */
    public enum State {
        UP,
        DEGRADED,
        DOWN
    }
}
