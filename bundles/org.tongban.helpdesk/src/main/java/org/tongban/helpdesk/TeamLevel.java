package org.tongban.helpdesk;

/** The level of a helper team. */
public enum TeamLevel {
    CITY,
    DISTRICT,
    STREET,
    COMMUNITY
}
