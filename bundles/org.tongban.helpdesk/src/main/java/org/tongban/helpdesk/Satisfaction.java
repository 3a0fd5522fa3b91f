package org.tongban.helpdesk;

/**
 * Satisfaction with the services of an area in a period, from the evaluation feature's ratings (好差评), against the
 * help desk's goal.
 *
 * @param available whether the evaluation feature answered (it is installed and the caller may read its figures)
 * @param rated real ratings in the period
 * @param percent the share of real ratings that are not bad, in percent
 * @param goalPercent the goal (营口: at least 95 %)
 * @since 1.1
 */
public record Satisfaction(boolean available, long rated, double percent, double goalPercent) {

    /** Whether the goal is reached; never without ratings. */
    public boolean met() {
        return available && rated > 0 && percent >= goalPercent;
    }
}
