package org.tongban.platform.api.ui;

/** Which shell a view belongs to. */
public enum Audience {
    /** The citizens' portal at {@code /}. */
    PORTAL,
    /** The clerks' console at {@code /console}; every console view needs a logged-in user. */
    CONSOLE
}
