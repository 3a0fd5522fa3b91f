package org.tongban.search.internal;

/**
 * One weighted part of a query, in terms both backends translate the same way.
 *
 * @param type how the value matches
 * @param field index field
 * @param value folded text or term
 * @param boost weight
 * @param parameter slop (PHRASE), minimum percentage of unigrams (MATCH), edits (FUZZY); unused otherwise
 */
public record Clause(Type type, String field, String value, float boost, int parameter) {

    /** How a clause matches. */
    public enum Type {
        /** Exact term of a keyword field. */
        TERM,
        /** Unigrams of a text field in order, within the slop. */
        PHRASE,
        /** All unigrams of a text of one or two, else at least the given percentage of them. */
        MATCH,
        /** A term of a keyword field within the given edit distance. */
        FUZZY,
        /** Terms of a keyword field starting with the value. */
        PREFIX
    }

    public static Clause term(String field, String value, float boost) {
        return new Clause(Type.TERM, field, value, boost, 0);
    }

    public static Clause phrase(String field, String value, int slop, float boost) {
        return new Clause(Type.PHRASE, field, value, boost, slop);
    }

    public static Clause match(String field, String value, int percent, float boost) {
        return new Clause(Type.MATCH, field, value, boost, percent);
    }

    public static Clause fuzzy(String field, String value, float boost) {
        return new Clause(Type.FUZZY, field, value, boost, 1);
    }

    public static Clause prefix(String field, String value, float boost) {
        return new Clause(Type.PREFIX, field, value, boost, 0);
    }
}
