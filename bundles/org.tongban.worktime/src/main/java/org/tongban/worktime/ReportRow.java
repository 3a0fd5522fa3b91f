package org.tongban.worktime;

/**
 * On-time figures of one group of completed clocks.
 *
 * @param group the department, matter type or jurisdiction code
 * @param unit the limit unit these figures are in (groups are split by unit)
 * @param completed how many completed in the period
 * @param onTime how many of them by their deadline
 * @param averageElapsed average working time used, in the unit (days, or hours), pauses excluded
 * @param averageLimit average limit including extensions, in the unit
 */
public record ReportRow(
        String group, LimitUnit unit, long completed, long onTime, double averageElapsed, double averageLimit) {

    /** What the report groups by. */
    public enum Grouping {
        DEPARTMENT,
        MATTER_TYPE,
        JURISDICTION
    }

    /** Share completed on time, 0 to 1 (1 when nothing completed). */
    public double onTimeRate() {
        return completed == 0 ? 1.0 : (double) onTime / completed;
    }

    /** Average share of the limit used, for example 0.59 for "提速41%". */
    public double averageShareOfLimit() {
        return averageLimit == 0 ? 0 : averageElapsed / averageLimit;
    }
}
