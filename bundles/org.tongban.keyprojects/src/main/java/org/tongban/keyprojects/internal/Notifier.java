package org.tongban.keyprojects.internal;

/** Sends an in-app notice through the notification outbox in the caller's transaction. */
@FunctionalInterface
interface Notifier {
    void send(String recipient, String jurisdictionCode, String template, String... arguments);
}
