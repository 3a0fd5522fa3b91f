package org.tongban.helpdesk;

/**
 * How the person helped rates the help (营口: 满意率不低于95%): 满意, 基本满意 or 不满意. Satisfied and basically satisfied
 * count as satisfied, as the evaluation feature counts every rating that is not a bad one.
 *
 * @since 1.2
 */
public enum HelpRating {
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASIC,
    /** 不满意. */
    DISSATISFIED;

    /** Whether it counts towards the satisfaction rate. */
    public boolean satisfied() {
        return this != DISSATISFIED;
    }
}
