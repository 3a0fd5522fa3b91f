package org.tongban.platform.notify;

/** A way to reach a recipient besides the in-app inbox, which every notification reaches. */
public enum Channel {
    /** Short message to a mobile number, through a gateway with {@code notify.channel=SMS}. */
    SMS,
    /** E-mail, through a gateway with {@code notify.channel=EMAIL}. */
    EMAIL
}
