package org.tongban.platform.events.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.events.DeadLetter;
import org.tongban.platform.events.HandlerPosition;

/** Each handler's position and retry state ({@code platform_event_cursor}) and its dead letters. */
final class Cursors {
    private static final String COLUMNS = "handler, node, position, failing_seq, attempts, retry_at, last_error";

    /** A handler's row as locked for one delivery. */
    record Cursor(String handler, String node, long position, Long failingSeq, int attempts, Instant retryAt) {}

    private Cursors() {}

    /** Creates the row when missing (at {@code start}); true when this call created it. */
    static boolean create(Connection c, String handler, String node, long start, Instant now) throws SQLException {
        return Jdbc.update(
                        c,
                        "INSERT INTO platform_event_cursor (handler, node, position, attempts, updated_at)"
                                + " SELECT ?, ?, ?, 0, ? FROM platform_outbox_head WHERE id = 1 AND NOT EXISTS"
                                + " (SELECT 1 FROM platform_event_cursor WHERE handler = ? AND node = ?)",
                        handler,
                        node,
                        start,
                        now,
                        handler,
                        node)
                > 0;
    }

    /** Locks the row until the transaction ends: one delivery per handler and node at a time, across nodes. */
    static Optional<Cursor> lock(Connection c, String handler, String node) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT " + COLUMNS + " FROM platform_event_cursor WHERE handler = ? AND node = ? FOR UPDATE",
                r -> new Cursor(
                        r.getString("handler"),
                        r.getString("node"),
                        r.getLong("position"),
                        (Long) r.getObject("failing_seq", Long.class),
                        r.getInt("attempts"),
                        Jdbc.instant(r, "retry_at")),
                handler,
                node);
    }

    /** Moves past {@code position} and forgets any failure. */
    static void advance(Connection c, Cursor cursor, long position, Instant now) throws SQLException {
        Jdbc.update(
                c,
                "UPDATE platform_event_cursor SET position = ?, failing_seq = NULL, attempts = 0, retry_at = NULL,"
                        + " last_error = NULL, updated_at = ? WHERE handler = ? AND node = ?",
                position,
                now,
                cursor.handler(),
                cursor.node());
    }

    static void failed(Connection c, Cursor cursor, long seq, int attempts, Instant retryAt, String error, Instant now)
            throws SQLException {
        Jdbc.update(
                c,
                "UPDATE platform_event_cursor SET failing_seq = ?, attempts = ?, retry_at = ?, last_error = ?,"
                        + " updated_at = ? WHERE handler = ? AND node = ?",
                seq,
                attempts,
                retryAt,
                Jdbc.clip(error, 2000),
                now,
                cursor.handler(),
                cursor.node());
    }

    static void dead(Connection c, Cursor cursor, long seq, int attempts, String error, Instant now)
            throws SQLException {
        Jdbc.update(
                c,
                "INSERT INTO platform_event_dead (handler, node, seq, attempts, last_error, died_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                cursor.handler(),
                cursor.node(),
                seq,
                attempts,
                Jdbc.clip(error, 2000),
                now);
        advance(c, cursor, seq, now);
    }

    static List<HandlerPosition> positions(Connection c) throws SQLException {
        long head = Outbox.head(c);
        return Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM platform_event_cursor ORDER BY handler, node",
                r -> new HandlerPosition(
                        r.getString("handler"),
                        r.getString("node"),
                        r.getLong("position"),
                        head,
                        (Long) r.getObject("failing_seq", Long.class),
                        r.getInt("attempts"),
                        Jdbc.instant(r, "retry_at"),
                        r.getString("last_error")));
    }

    static List<DeadLetter> deadLetters(Connection c, int limit) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT d.handler, d.node, d.attempts, d.last_error, d.died_at, o.seq, o.topic, o.aggregate,"
                        + " o.payload, o.published_at FROM platform_event_dead d JOIN platform_outbox o ON o.seq = d.seq"
                        + " ORDER BY d.died_at DESC, d.seq DESC FETCH FIRST " + limit + " ROWS ONLY",
                Cursors::deadLetter);
    }

    static Optional<DeadLetter> deadLetter(Connection c, String handler, String node, long seq, boolean lock)
            throws SQLException {
        return Jdbc.one(
                c,
                "SELECT d.handler, d.node, d.attempts, d.last_error, d.died_at, o.seq, o.topic, o.aggregate,"
                        + " o.payload, o.published_at FROM platform_event_dead d JOIN platform_outbox o ON o.seq = d.seq"
                        + " WHERE d.handler = ? AND d.node = ? AND d.seq = ?" + (lock ? " FOR UPDATE" : ""),
                Cursors::deadLetter,
                handler,
                node,
                seq);
    }

    static long deadCount(Connection c) throws SQLException {
        return Jdbc.one(c, "SELECT COUNT(*) FROM platform_event_dead", r -> r.getLong(1))
                .orElse(0L);
    }

    static void forget(Connection c, String handler, String node, long seq) throws SQLException {
        Jdbc.update(
                c, "DELETE FROM platform_event_dead WHERE handler = ? AND node = ? AND seq = ?", handler, node, seq);
    }

    static void deadAgain(Connection c, DeadLetter letter, String error, Instant now) throws SQLException {
        Jdbc.update(
                c,
                "UPDATE platform_event_dead SET attempts = attempts + 1, last_error = ?, died_at = ?"
                        + " WHERE handler = ? AND node = ? AND seq = ?",
                Jdbc.clip(error, 2000),
                now,
                letter.handler(),
                letter.node(),
                letter.event().sequence());
    }

    private static DeadLetter deadLetter(ResultSet r) throws SQLException {
        DomainEvent event = Outbox.event(r);
        return new DeadLetter(
                r.getString("handler"),
                r.getString("node"),
                event,
                r.getInt("attempts"),
                r.getString("last_error"),
                Jdbc.instant(r, "died_at"));
    }
}
