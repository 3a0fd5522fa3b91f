package org.tongban.worktime;

/** Where a clock stands against its deadline. */
public enum DeadlineStatus {
    NORMAL,
    /** The warning threshold is reached (few working days left or a large share used). */
    WARNING,
    /** The deadline has passed. */
    OVERDUE
}
