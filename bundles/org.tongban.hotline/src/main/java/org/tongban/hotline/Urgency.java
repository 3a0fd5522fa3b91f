package org.tongban.hotline;

/** How fast a ticket is handled: an urgent one (紧急) the same day, in natural hours. */
public enum Urgency {
    NORMAL,
    URGENT
}
