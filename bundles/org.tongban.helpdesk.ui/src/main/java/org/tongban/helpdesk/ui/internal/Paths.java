package org.tongban.helpdesk.ui.internal;

/** The console routes of the help desk. */
final class Paths {
    static final String GROUP = "helpdesk.ui.group";
    static final String QUEUE = "helpdesk/queue";
    static final String REQUEST = "helpdesk/request/:id";
    static final String NEW = "helpdesk/new";
    static final String TEAMS = "helpdesk/teams";

    private Paths() {}

    static String request(long id) {
        return "console/helpdesk/request/" + id;
    }
}
