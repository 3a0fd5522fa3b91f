package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The baseline of the day's benchmark: the rows one received, classified and dispatched ticket leaves, written with
 * plain JDBC in one transaction on the same pool: the ticket (as dispatched, with its category and deadline), its
 * workflow row and the two history rows (受理, 派单), the lead unit's assignment and the timer of its 签收 deadline.
 */
final class PlainTickets {
    static final int ROWS = 6;

    private final DataSource pool;
    private final Instant now;

    PlainTickets(DataSource pool, Instant now) {
        this.pool = pool;
        this.now = now;
    }

    void write(DayTicket t) throws SQLException {
        String number = "PX" + t.district() + String.format("%08d", t.index());
        Timestamp at = Timestamp.from(now);
        Timestamp due = Timestamp.from(now.plus(Duration.ofHours(2)));
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                update(
                        c,
                        "INSERT INTO hotline_ticket (ticket_number, channel, ticket_type, urgency, address, latitude,"
                                + " longitude, jurisdiction_code, caller_name, caller_phone, confidential,"
                                + " description, category_code, state, version, received_at, received_by, sign_due)"
                                + " VALUES (?, 'AGENT_CALL', 'COMPLAINT', 'NORMAL', ?, NULL, NULL, ?, ?, ?, FALSE, ?,"
                                + " ?, 'DISPATCHED', 2, ?, 'office', ?)",
                        number,
                        t.address(),
                        t.district(),
                        "市民",
                        t.phone(),
                        t.text(),
                        t.category(),
                        at,
                        due);
                update(
                        c,
                        "INSERT INTO platform_workflow (kind, aggregate_id, state, version, jurisdiction_code,"
                                + " updated_at) VALUES ('hotline-bench', ?, 'DISPATCHED', 2, ?, ?)",
                        number,
                        t.district(),
                        at);
                for (String[] step :
                        new String[][] {{null, "receive", "RECEIVED"}, {"RECEIVED", "dispatch", "DISPATCHED"}}) {
                    update(
                            c,
                            "INSERT INTO platform_workflow_history (kind, aggregate_id, from_state, action, to_state,"
                                    + " actor, occurred_at) VALUES ('hotline-bench', ?, ?, ?, ?, 'office', ?)",
                            number,
                            step[0],
                            step[1],
                            step[2],
                            at);
                }
                update(
                        c,
                        "INSERT INTO hotline_assignment (ticket_number, unit_code, role, dispatched_at, sign_due,"
                                + " return_due, active) VALUES (?, ?, 'LEAD', ?, ?, ?, TRUE)",
                        number,
                        BenchCatalogue.unit(t.district(), t.category()),
                        at,
                        due,
                        due);
                update(
                        c,
                        "INSERT INTO test_timer (name, id, due_at, payload) VALUES ('bench-deadline', ?, ?, ?)",
                        number + "/SIGN",
                        due,
                        "number=" + number + "\n");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
