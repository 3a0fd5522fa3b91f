package org.tongban.platform.ui;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a {@link HistoryTimeline}.
 *
 * @param at when it happened
 * @param actor who did it (a user name, or a system's name)
 * @param title what happened, for example {@code 延长时限}
 * @param note the reason or comment, or {@code null}
 */
public record HistoryEntry(Instant at, String actor, String title, String note) {
    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(title, "title");
    }
}
