package org.tongban.helpdesk;

import java.time.Instant;

/**
 * One line of a request's timeline: every step and every note, with who and when.
 *
 * @param action the step ({@code register}, {@code assign}, {@code take}, {@code handOver}, …)
 * @param state the state after it
 * @param actor who did it ({@code system} for automatic steps)
 * @param detail what was decided, the reason or the note
 */
public record TimelineEntry(long id, Instant at, String action, String state, String actor, String detail) {}
