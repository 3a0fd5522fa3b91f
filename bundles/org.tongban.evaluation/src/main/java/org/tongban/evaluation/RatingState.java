package org.tongban.evaluation;

/** Where a rating stands. */
public enum RatingState {
    /** Invited, not yet rated. */
    PENDING,
    /** Rated by the citizen. */
    RATED,
    /** Not rated in time: 基本满意 by default, reported apart. */
    DEFAULTED
}
