package org.tongban.helpdesk;

/** The permissions of the help desk, each granted at a jurisdiction and covering its subtree. */
public final class HelpdeskPermissions {
    /** See the requests, teams and figures of the area. */
    public static final String READ = "helpdesk:read";

    /** Register requests, take them and work on them as a helper. */
    public static final String HANDLE = "helpdesk:handle";

    /** Assign and reassign requests to teams and helpers (team leaders, the task force). */
    public static final String ASSIGN = "helpdesk:assign";

    /** Set up the helper teams of the area and their members. */
    public static final String ADMIN = "helpdesk:admin";

    private HelpdeskPermissions() {}
}
