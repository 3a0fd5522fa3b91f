package org.tongban.worktime;

/**
 * The rules of deadline arithmetic that a deployment or a jurisdiction may set; {@link #DEFAULTS} follows 民法典
 * 第201–204条. Configured under PID {@code org.tongban.worktime} ({@code countingStart},
 * {@code naturalPeriodMovesOffDaysOff}, {@code jurisdictionCountingStart}).
 *
 * @param countingStart after which day a period in days starts to count; default {@link CountingStart#CALENDAR_DATE}
 * @param naturalPeriodMovesOffDaysOff whether a period in natural days or months whose last day is a day off ends on
 *     the next working day instead (民法典 第203条第1款); default {@code true}
 */
public record DeadlineRules(CountingStart countingStart, boolean naturalPeriodMovesOffDaysOff) {

    /** The rules of 民法典 第201–204条. */
    public static final DeadlineRules DEFAULTS = new DeadlineRules(CountingStart.CALENDAR_DATE, true);

    public DeadlineRules {
        if (countingStart == null) {
            throw new WorktimeException("请指定期间起算规则");
        }
    }
}
