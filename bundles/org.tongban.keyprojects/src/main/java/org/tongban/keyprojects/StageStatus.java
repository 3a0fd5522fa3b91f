package org.tongban.keyprojects;

/** Where a stage of the plan stands against its target date. */
public enum StageStatus {
    /** Every matter of the stage has a linked case with a favourable decision. */
    DONE,
    /** Open, and its target date is further away than the warning period. */
    ON_SCHEDULE,
    /** Open, and its target date is within the warning period (a number of working days). */
    AT_RISK,
    /** Open after its target date. */
    LATE
}
