package org.tongban.platform.notify;

import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The notification outbox. {@link #send} joins the caller's transaction ({@code Database.transactions().required}):
 * the in-app message and one pending delivery per channel commit with the caller's change or not at all. A scheduled
 * job then hands the deliveries to the {@link NotificationGateway}s, retrying with a doubling delay while a gateway is
 * missing or failing; after the configured number of attempts a delivery is dead (counted in {@code /health}) until
 * an administrator retries it. Nothing is deleted.
 *
 * <p>{@link #send} needs no permission: the feature that calls it checked its own. The inbox methods serve the
 * signed-in citizen, whose key the caller (the portal, the account API) takes from the citizen's session, never from
 * input. The console methods need {@link #ADMIN_PERMISSION} at the jurisdiction.
 */
@ProviderType
public interface Notifications {

    /** Permission to see the outbox and the demo gateway's messages of a jurisdiction and to retry dead deliveries. */
    String ADMIN_PERMISSION = "notify:admin";

    /**
     * The template files: {@code <template>.subject} and {@code <template>.text} per template, MessageFormat patterns,
     * in Simplified Chinese with {@code _zh_TW} and {@code _en} translations.
     */
    String TEMPLATES = "i18n/notify-templates";

    /** Longest recipient key. */
    int MAX_RECIPIENT = 100;

    /**
     * Writes the notification in the current transaction (or a new one).
     *
     * @return the id of the in-app message
     * @throws NotificationException for an unknown template, a missing recipient, or an address that is not a mobile
     *     number or e-mail address
     */
    long send(Notification notification);

    /** The recipient's messages, newest first, rendered in the reader's language; at most {@code limit}. */
    List<InboxMessage> inbox(String recipient, Locale language, int limit);

    /** How many of the recipient's messages are unread. */
    int unreadCount(String recipient);

    /** Marks one of the recipient's messages read; false when it is not theirs or already read. */
    boolean markRead(String recipient, long messageId);

    /** Counts of the deliveries of the jurisdiction and its subtree; needs {@link #ADMIN_PERMISSION} there. */
    OutboxStatus status(String jurisdictionCode);

    /**
     * Deliveries of the jurisdiction and its subtree in this state (all states when {@code null}), newest first;
     * needs {@link #ADMIN_PERMISSION} there.
     */
    List<Delivery> deliveries(String jurisdictionCode, DeliveryState state, int limit);

    /**
     * Makes the dead deliveries of the jurisdiction and its subtree pending again, due now; needs
     * {@link #ADMIN_PERMISSION} there; audited.
     *
     * @return how many
     */
    int retryDead(String jurisdictionCode);

    /**
     * What the demo gateway (on in demo cities only) "sent" for the jurisdiction and its subtree, newest first; needs
     * {@link #ADMIN_PERMISSION} there. Empty where the demo gateway is off.
     */
    List<DemoMessage> demoMessages(String jurisdictionCode, int limit);

    /** Runs one delivery round now (the scheduled job's work); returns how many deliveries were attempted. */
    int deliverDue();
}
