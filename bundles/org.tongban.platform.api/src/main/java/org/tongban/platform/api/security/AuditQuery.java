package org.tongban.platform.api.security;

import java.time.Instant;

/**
 * What an audit reader looks for; every part may be {@code null} (not filtered).
 *
 * @param actor the user name, exactly
 * @param action an action ({@code login.failure}) or the start of one ending with a dot ({@code intake.})
 * @param jurisdictionCode the actors' jurisdiction and its subtree; must lie within the reader's own
 * @param from the earliest time, included
 * @param to the latest time, excluded
 */
public record AuditQuery(String actor, String action, String jurisdictionCode, Instant from, Instant to) {
    /** Every entry the reader may see. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        jurisdictionCode = blankToNull(jurisdictionCode);
    }

    /** Whether an action matches {@link #action()}: the same, or under it when it ends with a dot. */
    public boolean matchesAction(String candidate) {
        return action == null || (action.endsWith(".") ? candidate.startsWith(action) : candidate.equals(action));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
