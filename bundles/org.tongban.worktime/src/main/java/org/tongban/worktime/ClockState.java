package org.tongban.worktime;

/** The life cycle of a clock. */
public enum ClockState {
    RUNNING,
    /** Stopped for a hearing, testing, expert review or a correction by the applicant: that time does not count. */
    PAUSED,
    COMPLETED
}
