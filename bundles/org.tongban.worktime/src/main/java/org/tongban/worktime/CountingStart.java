package org.tongban.worktime;

/**
 * After which day a period in days starts to count, when acceptance falls on a day off or after closing time. Either
 * way the day of acceptance itself is not counted (民法典 第201条第1款: 开始的当日不计入，自下一日开始计算).
 */
public enum CountingStart {
    /**
     * The default: counting starts on the day after the calendar date of acceptance, whatever the hour and whether
     * that date is a working day. Accepted on Saturday, 1 working day ends on Monday; accepted on Friday at 18:00,
     * 1 working day ends on the next working day after Friday.
     */
    CALENDAR_DATE,
    /**
     * For jurisdictions whose rules say that an application received after closing time or on a day off is accepted
     * on the next working day (非工作时间提交的，视为下一工作日受理): counting starts on the day after that working day.
     * Accepted on Saturday, 1 working day ends on Tuesday.
     */
    NEXT_WORKING_DAY
}
