package org.tongban.hotline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.Category;
import org.tongban.hotline.HotlineException;
import org.tongban.hotline.PublicHotline;
import org.tongban.hotline.PublicStatus;
import org.tongban.hotline.PublicTicket;
import org.tongban.hotline.TicketFilter;
import org.tongban.hotline.TicketStates;
import org.tongban.hotline.TicketType;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;

/**
 * Published categories and tickets, read without a permission: only what a citizen may see. A 举报 or a confidential
 * caller's ticket is left out here, in the query, so no caller of this service can publish one by mistake.
 */
@Component(service = PublicHotline.class)
public final class JdbcPublicHotline implements PublicHotline {
    private static final String SELECT = "SELECT t.ticket_number, t.category_code, k.name, t.description, t.state,"
            + " t.answer, t.address, t.latitude, t.longitude, t.received_at, t.handle_due, t.closed_at,"
            + " (SELECT MAX(h.occurred_at) FROM platform_workflow_history h WHERE h.kind = '" + HotlineWorkflow.KIND
            + "' AND h.aggregate_id = t.ticket_number) AS updated_at,"
            + " (SELECT MIN(u.name) FROM hotline_assignment a JOIN hotline_unit u ON u.code = a.unit_code"
            + " WHERE a.ticket_number = t.ticket_number AND a.active = ? AND a.role = 'LEAD' AND a.parent_unit IS NULL)"
            + " AS agency FROM hotline_ticket t LEFT JOIN hotline_category k ON k.code = t.category_code"
            + " WHERE t.confidential = ? AND t.ticket_type <> ?";

    private final Transactions tx;

    @Activate
    public JdbcPublicHotline(@Reference Database database) {
        this(database.transactions());
    }

    JdbcPublicHotline(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Category> publicCategories() {
        return tx.read(c -> Jdbc.list(
                c,
                "SELECT code, parent_code, name, public_service FROM hotline_category WHERE public_service = ?"
                        + " ORDER BY code",
                r -> new Category(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4)),
                true));
    }

    @Override
    public Optional<PublicTicket> ticket(String number) {
        if (number == null || number.length() > 40) {
            return Optional.empty();
        }
        return tx.read(c -> Jdbc.one(
                c,
                SELECT + " AND t.ticket_number = ?",
                JdbcPublicHotline::map,
                true,
                false,
                TicketType.REPORT.name(),
                number));
    }

    @Override
    public List<PublicTicket> tickets(TicketFilter filter, int limit) {
        if (limit < 1 || limit > MAX_TICKETS) {
            throw HotlineException.of("hotline.error.pageRange", MAX_TICKETS);
        }
        TicketFilter f = filter == null ? TicketFilter.ALL : filter;
        return tx.read(c -> {
            StringBuilder sql = new StringBuilder(SELECT);
            List<Object> params = new ArrayList<>(List.of(true, false, TicketType.REPORT.name()));
            if (f.numbers() != null && !f.numbers().isEmpty()) {
                sql.append(" AND t.ticket_number IN (")
                        .append(Jdbc.marks(f.numbers().size()))
                        .append(")");
                params.addAll(f.numbers());
            }
            if (f.categoryCode() != null) {
                Set<String> codes = JdbcHotlineQueries.categories(c, f.categoryCode());
                sql.append(" AND t.category_code IN (")
                        .append(Jdbc.marks(codes.size()))
                        .append(")");
                params.addAll(codes);
            }
            if (f.status() != null) {
                sql.append(f.status() == PublicStatus.CLOSED ? " AND t.state IN (" : " AND t.state NOT IN (")
                        .append(Jdbc.marks(TicketStates.CLOSED.size()))
                        .append(")");
                params.addAll(TicketStates.CLOSED);
            }
            if (f.receivedFrom() != null) {
                sql.append(" AND t.received_at >= ?");
                params.add(f.receivedFrom());
            }
            if (f.receivedBefore() != null) {
                sql.append(" AND t.received_at < ?");
                params.add(f.receivedBefore());
            }
            sql.append(" ORDER BY t.received_at DESC, t.ticket_number DESC LIMIT ?");
            params.add(limit);
            return Jdbc.list(c, sql.toString(), JdbcPublicHotline::map, params.toArray());
        });
    }

    private static PublicTicket map(ResultSet r) throws SQLException {
        PublicStatus status = TicketStates.publicStatus(r.getString("state"));
        double lat = r.getDouble("latitude");
        Double latitude = r.wasNull() ? null : lat;
        double lon = r.getDouble("longitude");
        Double longitude = r.wasNull() ? null : lon;
        var received = Jdbc.instant(r, "received_at");
        var updated = Jdbc.instant(r, "updated_at");
        return new PublicTicket(
                r.getString("ticket_number"),
                r.getString("category_code"),
                r.getString(3),
                r.getString("description"),
                status,
                status == PublicStatus.CLOSED ? r.getString("answer") : null,
                r.getString("agency"),
                r.getString("address"),
                latitude,
                longitude,
                received,
                updated == null ? received : updated,
                Jdbc.instant(r, "handle_due"));
    }
}
