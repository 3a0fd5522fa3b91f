package org.tongban.platform.api.work;

/** How pressing a to-do is; the console home lists overdue work first, then work due soon, then the rest. */
public enum WorkUrgency {
    /** Past its time limit (已超期). */
    OVERDUE,
    /** Its time limit is near (即将到期). */
    DUE_SOON,
    /** Waiting, with no limit close. */
    NORMAL
}
