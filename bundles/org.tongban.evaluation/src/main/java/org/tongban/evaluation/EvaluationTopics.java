package org.tongban.evaluation;

/** The domain events of 好差评 and the ones it listens to. */
public final class EvaluationTopics {
    /** A citizen rated (payload {@code rating}, {@code level}, {@code channel}, {@code unit}). */
    public static final String RATED = "evaluation/RATED";

    /** A rating defaulted to 基本满意 after the period. */
    public static final String DEFAULTED = "evaluation/DEFAULTED";

    /** A rectification's deadline is near. */
    public static final String WARNING = "evaluation/WARNING";

    /** A rectification's deadline passed: supervised (督办). */
    public static final String OVERDUE = "evaluation/OVERDUE";

    /** The hall finished serving a visit; opens the hall rating for that window. */
    public static final String HALL_FINISHED = "hall/FINISHED";

    private EvaluationTopics() {}
}
