package org.tongban.platform.notify;

import java.time.Instant;

/**
 * A message in a recipient's in-app inbox, rendered in the reader's language.
 *
 * @param id the message id
 * @param subject its subject line
 * @param text its text (plain text: escape it)
 * @param createdAt when it was sent
 * @param readAt when the recipient marked it read, or {@code null}
 */
public record InboxMessage(long id, String subject, String text, Instant createdAt, Instant readAt) {

    /** Whether the recipient has not read it yet. */
    public boolean unread() {
        return readAt == null;
    }
}
