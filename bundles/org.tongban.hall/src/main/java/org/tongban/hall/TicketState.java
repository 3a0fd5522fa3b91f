package org.tongban.hall;

/** Where a queue number stands. */
public enum TicketState {
    /** Waiting to be called (also after a transfer). */
    WAITING,
    /** Called to a window and being served there. */
    CALLED,
    /** Served; the visit is over. */
    FINISHED,
    /** Called but not there (过号). */
    SKIPPED
}
