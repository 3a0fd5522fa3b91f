package org.tongban.worktime;

/**
 * When the last day of a period ends (民法典 第203条第2款: 期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间).
 * It applies to limits counted in days ({@link LimitUnit#countsDays()}); limits in hours end at their exact instant.
 */
public enum Cutoff {
    /**
     * Closing time of the office on the last day: the agency's own deadlines (办结时限), since the office does
     * business only within its hours.
     */
    CLOSING_TIME,
    /**
     * 24:00 of the last day, given as 00:00 of the next day (the instant itself is still in time): deadlines the
     * applicant meets online (补正、缴费、申请复核).
     */
    END_OF_DAY
}
