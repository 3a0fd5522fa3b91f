package org.tongban.intake;

/** Where an application came in. */
public enum Channel {
    /** At a window of the hall (窗口). */
    WINDOW,
    /** On the portal (网上办理). */
    ONLINE,
    /** Through the mobile API (掌上办). */
    MOBILE,
    /** By post (邮寄). */
    MAIL,
    /** At a window of another jurisdiction that receives for the processing one (异地代收). */
    REMOTE_WINDOW
}
