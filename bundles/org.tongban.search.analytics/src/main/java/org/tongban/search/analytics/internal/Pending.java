package org.tongban.search.analytics.internal;

import java.time.Instant;

/** A record waiting in the queue for the next batch. */
sealed interface Pending {

    record Search(long token, String text, long hits, String channel, Instant at) implements Pending {}

    record Click(long token, String documentId, Instant at) implements Pending {}
}
