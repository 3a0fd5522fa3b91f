package org.tongban.hall;

/** The hall's permissions, each granted at a jurisdiction and checked at the hall's. */
public final class HallPermissions {
    /** Set up halls, windows, groups, slots and kiosk tokens. */
    public static final String ADMIN = "hall:admin";

    /** Serve at a window: call, recall, transfer, skip and finish numbers. */
    public static final String SERVE = "hall:serve";

    /** Read the queue and the statistics. */
    public static final String READ = "hall:read";

    private HallPermissions() {}
}
