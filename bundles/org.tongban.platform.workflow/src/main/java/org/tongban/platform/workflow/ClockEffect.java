package org.tongban.platform.workflow;

/** What a transition does to the case's deadline clock. */
public enum ClockEffect {
    NONE,
    START,
    PAUSE,
    RESUME,
    EXTEND,
    COMPLETE
}
