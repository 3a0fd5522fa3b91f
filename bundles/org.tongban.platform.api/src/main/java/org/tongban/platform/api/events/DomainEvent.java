package org.tongban.platform.api.events;

import java.time.Instant;
import java.util.Map;

/**
 * An event as delivered.
 *
 * @param sequence its place in the one order every handler sees (commit order)
 * @param topic what happened, {@code <domain>/<WHAT>}, for example {@code catalogue/PUBLISHED}
 * @param aggregate what it happened to, for example {@code matter/370100-SCJ-XK-001}
 * @param payload the facts a handler needs, as text
 * @param publishedAt when it was published
 */
public record DomainEvent(
        long sequence, String topic, String aggregate, Map<String, String> payload, Instant publishedAt) {

    /** A payload value, or null. */
    public String get(String key) {
        return payload.get(key);
    }
}
