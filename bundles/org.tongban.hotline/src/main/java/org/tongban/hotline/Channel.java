package org.tongban.hotline;

/** Where a ticket came in; each ticket records its channel. */
public enum Channel {
    /** An agent took a call (the caller's number is known). */
    AGENT_CALL,
    /** The portal, by a signed-in public account. */
    PORTAL,
    /** The mobile API, by a public account. */
    MOBILE,
    /** The anonymous web form. */
    WEB_FORM,
    /** Open311 GeoReport v2. */
    OPEN311,
    /** An e-mail or SMS gateway, before the two were told apart; new messages come as {@link #EMAIL} or {@link #SMS}. */
    GATEWAY,
    /**
     * 邮件: an e-mail through an {@link InboundGateway} or {@link MessageIntake}.
     *
     * @since 1.6
     */
    EMAIL,
    /**
     * 短信: a text message through an {@link InboundGateway} or {@link MessageIntake}.
     *
     * @since 1.6
     */
    SMS
}
