package org.tongban.platform.workflow;

import java.time.Instant;

/** One step in a case's history; {@code from} is null for the creation. */
public record HistoryEntry(String from, String action, String to, String actor, String reason, Instant at) {}
