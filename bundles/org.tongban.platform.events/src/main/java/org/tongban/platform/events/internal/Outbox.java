package org.tongban.platform.events.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.jdbc.Jdbc;

/** The outbox table: inserts in the publisher's transaction, sequencing after commit, reads by sequence. */
final class Outbox {
    static final int SEQUENCE_BATCH = 1000;
    private static final String COLUMNS = "seq, topic, aggregate, payload, published_at";

    private Outbox() {}

    static void insert(Connection c, String topic, String aggregate, String payload, Instant at) throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO platform_outbox (topic, aggregate, payload, published_at) VALUES (?, ?, ?, ?)",
                topic,
                aggregate,
                payload,
                at);
    }

    /**
     * Gives the committed, unsequenced events the next sequence numbers in insert order, under the head lock (the
     * only place that takes it); returns how many. Rows of transactions still open are left for the next call.
     */
    static int sequence(Connection c) throws SQLException {
        long last = Jdbc.one(c, "SELECT last_seq FROM platform_outbox_head WHERE id = 1 FOR UPDATE", r -> r.getLong(1))
                .orElseThrow(() -> new SQLException("platform_outbox_head has no row"));
        List<Long> ids = Jdbc.list(
                c,
                "SELECT id FROM platform_outbox WHERE seq IS NULL ORDER BY id FETCH FIRST " + SEQUENCE_BATCH
                        + " ROWS ONLY",
                r -> r.getLong(1));
        if (ids.isEmpty()) {
            return 0;
        }
        try (var update = c.prepareStatement("UPDATE platform_outbox SET seq = ? WHERE id = ?")) {
            for (long id : ids) {
                update.setLong(1, ++last);
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        Jdbc.update(c, "UPDATE platform_outbox_head SET last_seq = ? WHERE id = 1", last);
        return ids.size();
    }

    static long head(Connection c) throws SQLException {
        return Jdbc.one(c, "SELECT last_seq FROM platform_outbox_head WHERE id = 1", r -> r.getLong(1))
                .orElse(0L);
    }

    /** Events of the topics in ({@code after}, {@code upTo}], oldest first, at most {@code limit}. */
    static List<DomainEvent> read(Connection c, long after, long upTo, TopicFilter topics, int limit)
            throws SQLException {
        List<Object> params = new ArrayList<>(List.of(after, upTo));
        String where = topics.sql(params);
        return Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM platform_outbox WHERE seq > ? AND seq <= ?" + where
                        + " ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY",
                Outbox::event,
                params.toArray());
    }

    /**
     * Deletes events published before {@code before} that every handler on every node is past and that are no dead
     * letter, at most {@code limit}; returns how many.
     */
    static int purge(Connection c, Instant before, int limit) throws SQLException {
        return Jdbc.update(
                c,
                "DELETE FROM platform_outbox WHERE id IN (SELECT id FROM platform_outbox WHERE seq IS NOT NULL"
                        + " AND published_at < ? AND seq <= (SELECT MIN(position) FROM platform_event_cursor)"
                        + " AND seq NOT IN (SELECT seq FROM platform_event_dead) ORDER BY seq FETCH FIRST " + limit
                        + " ROWS ONLY)",
                before);
    }

    static Optional<DomainEvent> find(Connection c, long seq) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM platform_outbox WHERE seq = ?", Outbox::event, seq);
    }

    static DomainEvent event(ResultSet r) throws SQLException {
        return new DomainEvent(
                r.getLong("seq"),
                r.getString("topic"),
                r.getString("aggregate"),
                PayloadJson.read(r.getString("payload")),
                Jdbc.instant(r, "published_at"));
    }
}
