package org.tongban.platform.api.events;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Publishes domain events. An event is written to the outbox in the caller's transaction: it exists exactly when the
 * change it announces was committed. Handlers hear of it afterwards, on another thread.
 */
@ProviderType
public interface DomainEvents {

    /**
     * Publishes an event in the current transaction (or in one of its own outside a transaction).
     *
     * @param topic {@code <domain>/<WHAT>}, letters, digits, {@code _ - /}, at most 100 characters
     * @param aggregate what the event is about; at most 200 characters
     * @param payload facts for the handlers; keys and values are text
     */
    void publish(String topic, String aggregate, Map<String, String> payload);
}
