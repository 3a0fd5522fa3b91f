package org.tongban.hotline;

import java.time.Instant;

/** One step of a ticket's history, as the workflow recorded it. */
public record HistoryStep(String from, String action, String to, String actor, String reason, Instant at) {}
