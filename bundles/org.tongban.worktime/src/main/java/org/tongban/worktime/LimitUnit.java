package org.tongban.worktime;

/**
 * The unit of a time limit. Each unit is counted as {@link WorkCalendar} describes; in short:
 *
 * <ul>
 *   <li>{@link #WORKING_DAYS} — 行政许可法 第82条: working days apply only to the periods a law sets in working days
 *       (for example 行政许可法 第42条 "二十日内"); other limits written as "N 日" are {@link #NATURAL_DAYS}.
 *   <li>{@link #NATURAL_DAYS} and {@link #MONTHS} — 民法典 第201–203条: the start day is not counted, a month ends on
 *       the corresponding day (or the last day of a shorter month), and a period whose last day is a day off ends on
 *       the next working day.
 *   <li>{@link #NATURAL_HOURS} — 民法典 第201条第2款: counted from the instant itself, around the clock (12345's
 *       "24 小时").
 *   <li>{@link #WORKING_HOURS} — office time only.
 * </ul>
 *
 * <p>New units are added at the end: stored clocks keep their unit by name.
 */
public enum LimitUnit {
    /** Working days (工作日); 0 means "the same working day" (当日办结). */
    WORKING_DAYS,
    /** Hours of office time (工作小时). */
    WORKING_HOURS,
    /** Natural days (日、自然日): every day counts, the last day is moved off a day off. */
    NATURAL_DAYS,
    /** Months (月): the period ends on the corresponding day of the month. */
    MONTHS,
    /** Natural hours (小时): every hour counts, day and night. */
    NATURAL_HOURS;

    /** Whether the unit counts whole days (working days, natural days, months), so that a cutoff applies. */
    public boolean countsDays() {
        return this == WORKING_DAYS || this == NATURAL_DAYS || this == MONTHS;
    }
}
