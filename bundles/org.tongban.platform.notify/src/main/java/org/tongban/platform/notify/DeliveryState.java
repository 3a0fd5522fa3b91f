package org.tongban.platform.notify;

/** Where a delivery through a gateway stands. */
public enum DeliveryState {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Accepted by the gateway. */
    SENT,
    /** Out of attempts; kept, shown in {@code /health}, sent again when an administrator retries it. */
    DEAD
}
