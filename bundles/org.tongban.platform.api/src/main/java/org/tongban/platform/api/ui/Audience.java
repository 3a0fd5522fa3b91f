package org.tongban.platform.api.ui;

/** Which shell a view belongs to. */
public enum Audience {
    /** The citizens' portal at {@code /}. */
    PORTAL,
    /** The clerks' console at {@code /console}; every console view needs a logged-in user. */
    CONSOLE,
    /**
     * A device of a service hall at {@code /} (a kiosk, a calling screen, a rating tablet): the view fills the screen,
     * without the portal's header, menu or links away, and is never in a menu. No one signs in at a device; the view
     * checks the device token in its address itself.
     */
    DEVICE
}
