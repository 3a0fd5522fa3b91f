package org.tongban.helpdesk;

/** How urgent the requester's need is. */
public enum Urgency {
    NORMAL,
    URGENT,
    VERY_URGENT
}
