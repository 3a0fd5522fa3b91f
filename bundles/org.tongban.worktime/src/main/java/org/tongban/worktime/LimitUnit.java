package org.tongban.worktime;

/** The unit of a time limit. */
public enum LimitUnit {
    /** Working days; 0 means "the same working day" (当日办结). */
    WORKING_DAYS,
    /** Hours of office time. */
    WORKING_HOURS
}
