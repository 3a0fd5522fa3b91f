package org.tongban.hotline.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.tongban.hotline.Assignment;
import org.tongban.hotline.AssignmentRole;
import org.tongban.hotline.Channel;
import org.tongban.hotline.Place;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Urgency;
import org.tongban.hotline.Warning;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.workflow.WorkflowState;

/** The rows of {@code hotline_ticket} and {@code hotline_assignment}, unmasked: views mask them. */
final class TicketStore {
    static final Jdbc.Null NULL_DOUBLE = new Jdbc.Null(Types.DOUBLE);
    static final Jdbc.Null NULL_BOOLEAN = new Jdbc.Null(Types.BOOLEAN);

    static final String COLUMNS = "t.ticket_number, t.channel, t.ticket_type, t.urgency, t.address, t.latitude,"
            + " t.longitude, t.jurisdiction_code, t.caller_name, t.caller_phone, t.confidential, t.description,"
            + " t.category_code, t.state, t.version, t.received_at, t.received_by, t.answer, t.article_id, t.merged_into,"
            + " t.sign_due, t.handle_due, t.warning, t.supervised, t.reopened, t.resolved, t.satisfaction,"
            + " t.callback_attempts";

    private TicketStore() {}

    static Optional<Ticket> find(Connection c, String number, boolean lock) throws SQLException {
        Optional<Ticket> bare = Jdbc.one(
                c,
                "SELECT " + COLUMNS + " FROM hotline_ticket t WHERE t.ticket_number = ?" + (lock ? " FOR UPDATE" : ""),
                r -> map(r, List.of()),
                number);
        if (bare.isEmpty()) {
            return bare;
        }
        return Optional.of(with(bare.get(), assignments(c, number)));
    }

    static Ticket with(Ticket t, List<Assignment> assignments) {
        return new Ticket(
                t.number(),
                t.channel(),
                t.type(),
                t.urgency(),
                t.place(),
                t.callerName(),
                t.callerPhone(),
                t.confidential(),
                t.callerHidden(),
                t.description(),
                t.categoryCode(),
                t.state(),
                t.version(),
                t.receivedAt(),
                t.receivedBy(),
                t.answer(),
                t.articleId(),
                t.mergedInto(),
                t.signDue(),
                t.handleDue(),
                t.warning(),
                t.supervised(),
                t.reopened(),
                t.resolved(),
                t.satisfaction(),
                t.callbackAttempts(),
                List.copyOf(assignments));
    }

    static List<Assignment> assignments(Connection c, String number) throws SQLException {
        return Jdbc.list(
                c,
                "SELECT a.unit_code, u.name, a.role, a.parent_unit, a.dispatched_at, a.sign_due, a.signed_at,"
                        + " a.replied_at, a.reply, a.active, a.article_id FROM hotline_assignment a"
                        + " LEFT JOIN hotline_unit u ON u.code = a.unit_code WHERE a.ticket_number = ? ORDER BY a.id",
                r -> new Assignment(
                        r.getString(1),
                        r.getString(2),
                        AssignmentRole.valueOf(r.getString(3)),
                        r.getString(4),
                        Jdbc.instant(r, "dispatched_at"),
                        Jdbc.instant(r, "sign_due"),
                        Jdbc.instant(r, "signed_at"),
                        Jdbc.instant(r, "replied_at"),
                        r.getString(9),
                        r.getBoolean(10),
                        r.getString(11)),
                number);
    }

    static Ticket map(ResultSet r, List<Assignment> assignments) throws SQLException {
        double lat = r.getDouble("latitude");
        Double latitude = r.wasNull() ? null : lat;
        double lon = r.getDouble("longitude");
        Double longitude = r.wasNull() ? null : lon;
        boolean resolved = r.getBoolean("resolved");
        Boolean resolvedOrNull = r.wasNull() ? null : resolved;
        return new Ticket(
                r.getString("ticket_number"),
                Channel.valueOf(r.getString("channel")),
                TicketType.valueOf(r.getString("ticket_type")),
                Urgency.valueOf(r.getString("urgency")),
                new Place(r.getString("address"), latitude, longitude, r.getString("jurisdiction_code")),
                r.getString("caller_name"),
                r.getString("caller_phone"),
                r.getBoolean("confidential"),
                false,
                r.getString("description"),
                r.getString("category_code"),
                r.getString("state"),
                r.getLong("version"),
                Jdbc.instant(r, "received_at"),
                r.getString("received_by"),
                r.getString("answer"),
                r.getString("article_id"),
                r.getString("merged_into"),
                Jdbc.instant(r, "sign_due"),
                Jdbc.instant(r, "handle_due"),
                Warning.valueOf(r.getString("warning")),
                r.getBoolean("supervised"),
                r.getInt("reopened"),
                resolvedOrNull,
                Jdbc.nullableInt(r, "satisfaction"),
                r.getInt("callback_attempts"),
                assignments);
    }

    /** Keeps the workflow's state and version with the ticket. */
    static void moved(Connection c, WorkflowState state) throws SQLException {
        Jdbc.update(
                c,
                "UPDATE hotline_ticket SET state = ?, version = ? WHERE ticket_number = ?",
                state.state(),
                state.version(),
                state.id());
    }

    static Object nullable(Double value) {
        return value == null ? NULL_DOUBLE : value;
    }
}
