package org.tongban.evaluation;

import java.util.List;

/**
 * The figures of a period over a jurisdiction's subtree.
 *
 * @param invited ratings opened (cases finished, visits served)
 * @param rated rated by the citizens
 * @param defaulted defaulted to 基本满意, reported apart
 * @param activeRatePercent rated / invited, in percent
 * @param goalPercent the city's goal for the active rate (Yingkou: 40)
 * @param satisfactionPercent the share of real ratings that are not bad, in percent
 * @param bad bad reviews
 * @param badClosed bad reviews closed out
 * @param averageCloseHours the mean time from a bad review to the office's acceptance, in hours
 * @param byUnit per department (online) or hall
 * @param byWindow per window
 * @param byClerk per clerk
 * @param byMatter per matter
 * @param byChannel per channel
 * @param byMonth per month (yyyy-MM)
 */
public record EvaluationStatistics(
        long invited,
        long rated,
        long defaulted,
        double activeRatePercent,
        double goalPercent,
        double satisfactionPercent,
        long bad,
        long badClosed,
        double averageCloseHours,
        List<Row> byUnit,
        List<Row> byWindow,
        List<Row> byClerk,
        List<Row> byMatter,
        List<Row> byChannel,
        List<Row> byMonth) {

    /** Whether the active rate reaches the goal. */
    public boolean goalMet() {
        return activeRatePercent >= goalPercent;
    }

    /**
     * The figures of one group.
     *
     * @param key the group (unit, window, clerk, matter, channel or month)
     * @param rated real ratings
     * @param defaulted default ratings
     * @param bad bad reviews
     * @param averageScore the mean overall score of the real ratings, 1 to 5
     * @param satisfactionPercent the share of real ratings that are not bad
     */
    public record Row(
            String key, long rated, long defaulted, long bad, double averageScore, double satisfactionPercent) {}
}
