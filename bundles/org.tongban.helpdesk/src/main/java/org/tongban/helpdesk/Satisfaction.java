package org.tongban.helpdesk;

/**
 * Satisfaction with the help desk in an area and period, from the ratings of its requests by the people helped
 * ({@link HelpRating}), against the help desk's goal.
 *
 * @param available whether there are figures (always, since the help desk keeps its own ratings)
 * @param rated ratings given in the period
 * @param percent the share of 满意 and 基本满意, in percent
 * @param goalPercent the goal (营口: at least 95 %)
 * @since 1.1
 */
public record Satisfaction(boolean available, long rated, double percent, double goalPercent) {

    /** Whether the goal is reached; never without ratings. */
    public boolean met() {
        return available && rated > 0 && percent >= goalPercent;
    }
}
