package org.tongban.evaluation;

/** The five levels of 国办发〔2019〕51号, best first; the last two are bad reviews (差评). */
public enum Level {
    /** 非常满意. */
    VERY_SATISFIED(5),
    /** 满意. */
    SATISFIED(4),
    /** 基本满意: also the default of whoever does not rate in time. */
    BASIC(3),
    /** 不满意. */
    DISSATISFIED(2),
    /** 非常不满意. */
    VERY_DISSATISFIED(1);

    private final int score;

    Level(int score) {
        this.score = score;
    }

    /** 5 for 非常满意 down to 1 for 非常不满意. */
    public int score() {
        return score;
    }

    /** Whether this is a bad review (差评), which opens a rectification. */
    public boolean bad() {
        return score <= 2;
    }

    /** The level of a score, 1 to 5. */
    public static Level ofScore(int score) {
        for (Level level : values()) {
            if (level.score == score) {
                return level;
            }
        }
        throw EvaluationException.of("evaluation.error.level");
    }
}
