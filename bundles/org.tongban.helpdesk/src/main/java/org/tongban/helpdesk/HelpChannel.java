package org.tongban.helpdesk;

/** Where a request came in. */
public enum HelpChannel {
    WINDOW,
    PORTAL,
    MOBILE,
    PHONE,
    VISIT,
    HOTLINE
}
