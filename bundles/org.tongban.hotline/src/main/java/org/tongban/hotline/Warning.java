package org.tongban.hotline;

/** Where a ticket stands against its current limit (签收 or 办理). */
public enum Warning {
    /** In time. */
    NONE,
    /** Yellow: most of the limit is used (the city's share, 80% by default). */
    YELLOW,
    /** Red: the limit passed; the ticket is supervised (督办). */
    RED
}
