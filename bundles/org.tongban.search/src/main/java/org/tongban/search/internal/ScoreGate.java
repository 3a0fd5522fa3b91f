package org.tongban.search.internal;

/**
 * Which matches answer a query: scores at least {@code minimum}, and at least {@code relative} times the best match's
 * score. A best match under the minimum means nothing answers the query (a nonsense query that matched only common
 * characters); the relative part drops the long tail of matches on one common word, so that counts and facets mean
 * something. Both backends score with the same BM25 similarity, so one gate fits both.
 *
 * @param minimum absolute score a match must reach, 0 for none
 * @param relative share of the best score a match must reach, 0 for none
 */
public record ScoreGate(float minimum, float relative) {
    /** Measured on the judged queries of the demo catalogue; see the search bundle's README. */
    public static final ScoreGate DEFAULT = new ScoreGate(7f, 0.12f);

    /** Lets every match through, as search did before the gate. */
    public static final ScoreGate OPEN = new ScoreGate(0f, 0f);

    public ScoreGate {
        if (!(minimum >= 0) || !(relative >= 0 && relative <= 1)) {
            throw new IllegalArgumentException(
                    "score gate: minimum >= 0 and 0 <= relative <= 1, not " + minimum + " and " + relative);
        }
    }

    public boolean open() {
        return minimum == 0 && relative == 0;
    }

    /** The lowest score kept when the best match scores {@code best}, or {@code -1} when nothing answers. */
    public float threshold(float best) {
        if (best < minimum) {
            return -1;
        }
        return Math.max(minimum, relative * best);
    }
}
