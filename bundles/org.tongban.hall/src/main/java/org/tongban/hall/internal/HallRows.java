package org.tongban.hall.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.hall.Booking;
import org.tongban.hall.BookingState;
import org.tongban.hall.Hall;
import org.tongban.hall.HallWindow;
import org.tongban.hall.Priority;
import org.tongban.hall.ServedMatter;
import org.tongban.hall.Slot;
import org.tongban.hall.Ticket;
import org.tongban.hall.TicketState;
import org.tongban.hall.WindowGroup;
import org.tongban.platform.api.jdbc.Jdbc;

/** The SQL of reading the hall's rows, shared by its parts. */
final class HallRows {
    static final String HALL = "SELECT id, jurisdiction_code, code, name, address, active FROM hall_hall";
    static final String GROUP = "SELECT id, hall_id, code, name, slot_minutes, capacity, active FROM hall_group";
    static final String SLOT = "SELECT id, group_id, slot_day, starts_at, ends_at, capacity, booked FROM hall_slot";
    static final String BOOKING = "SELECT b.id, b.code, b.account_id, g.hall_id, h.name AS hall_name, b.group_id,"
            + " g.name AS group_name, b.matter_code, b.matter_name, s.starts_at, s.ends_at, b.state, b.booked_at"
            + " FROM hall_booking b JOIN hall_slot s ON s.id = b.slot_id JOIN hall_group g ON g.id = b.group_id"
            + " JOIN hall_hall h ON h.id = g.hall_id";
    static final String TICKET = "SELECT t.id, t.hall_id, t.number, t.matter_code, t.matter_name, t.priority, t.state,"
            + " t.window_id, w.number AS window_number, t.target_window_id, t.clerk, b.code AS booking_code,"
            + " t.case_number, t.issued_at, t.called_at, t.finished_at FROM hall_ticket t"
            + " LEFT JOIN hall_window w ON w.id = t.window_id LEFT JOIN hall_booking b ON b.id = t.booking_id";

    private HallRows() {}

    static Optional<Hall> hall(Connection c, long id) throws SQLException {
        return Jdbc.one(c, HALL + " WHERE id = ?", HallRows::hall, id);
    }

    static Hall hall(ResultSet row) throws SQLException {
        return new Hall(
                row.getLong("id"),
                row.getString("jurisdiction_code"),
                row.getString("code"),
                row.getString("name"),
                row.getString("address"),
                row.getBoolean("active"));
    }

    static WindowGroup group(ResultSet row) throws SQLException {
        return new WindowGroup(
                row.getLong("id"),
                row.getLong("hall_id"),
                row.getString("code"),
                row.getString("name"),
                row.getInt("slot_minutes"),
                row.getInt("capacity"),
                row.getBoolean("active"));
    }

    static Slot slot(ResultSet row) throws SQLException {
        return new Slot(
                row.getLong("id"),
                row.getLong("group_id"),
                row.getObject("slot_day", java.time.LocalDate.class),
                Jdbc.instant(row, "starts_at"),
                Jdbc.instant(row, "ends_at"),
                row.getInt("capacity"),
                row.getInt("booked"));
    }

    static Booking booking(ResultSet row) throws SQLException {
        return new Booking(
                row.getLong("id"),
                row.getString("code"),
                row.getLong("account_id"),
                row.getLong("hall_id"),
                row.getString("hall_name"),
                row.getLong("group_id"),
                row.getString("group_name"),
                row.getString("matter_code"),
                row.getString("matter_name"),
                Jdbc.instant(row, "starts_at"),
                Jdbc.instant(row, "ends_at"),
                BookingState.valueOf(row.getString("state")),
                Jdbc.instant(row, "booked_at"));
    }

    static Ticket ticket(ResultSet row) throws SQLException {
        long window = row.getLong("window_id");
        Long windowId = row.wasNull() ? null : window;
        long target = row.getLong("target_window_id");
        Long targetId = row.wasNull() ? null : target;
        return new Ticket(
                row.getLong("id"),
                row.getLong("hall_id"),
                row.getString("number"),
                row.getString("matter_code"),
                row.getString("matter_name"),
                Priority.valueOf(row.getString("priority")),
                TicketState.valueOf(row.getString("state")),
                windowId,
                row.getString("window_number"),
                targetId,
                row.getString("clerk"),
                row.getString("booking_code"),
                row.getString("case_number"),
                Jdbc.instant(row, "issued_at"),
                Jdbc.instant(row, "called_at"),
                Jdbc.instant(row, "finished_at"),
                0);
    }

    static Optional<Ticket> ticket(Connection c, long id) throws SQLException {
        return Jdbc.one(c, TICKET + " WHERE t.id = ?", HallRows::ticket, id);
    }

    /** The windows of a hall (or one window) with their matters. */
    static List<HallWindow> windows(Connection c, String where, Object parameter) throws SQLException {
        Map<Long, HallWindow> windows = new LinkedHashMap<>();
        Map<Long, List<ServedMatter>> matters = new LinkedHashMap<>();
        for (Object[] w : Jdbc.list(
                c,
                "SELECT id, hall_id, number, name, group_id, active FROM hall_window WHERE " + where
                        + " ORDER BY number",
                row -> {
                    long group = row.getLong("group_id");
                    Long groupId = row.wasNull() ? null : group;
                    return new Object[] {
                        row.getLong("id"),
                        row.getLong("hall_id"),
                        row.getString("number"),
                        row.getString("name"),
                        groupId,
                        row.getBoolean("active")
                    };
                },
                parameter)) {
            long id = (Long) w[0];
            matters.put(id, new ArrayList<>());
            windows.put(
                    id, new HallWindow(id, (Long) w[1], (String) w[2], (String) w[3], (Long) w[4], List.of(), (Boolean)
                            w[5]));
        }
        if (windows.isEmpty()) {
            return List.of();
        }
        for (Object[] m : Jdbc.list(
                c,
                "SELECT window_id, matter_code, matter_name FROM hall_window_matter WHERE window_id IN ("
                        + Jdbc.marks(windows.size()) + ") ORDER BY matter_code",
                row -> new Object[] {row.getLong(1), new ServedMatter(row.getString(2), row.getString(3))},
                windows.keySet().toArray())) {
            matters.get((Long) m[0]).add((ServedMatter) m[1]);
        }
        List<HallWindow> result = new ArrayList<>();
        for (HallWindow w : windows.values()) {
            result.add(new HallWindow(
                    w.id(), w.hallId(), w.number(), w.name(), w.groupId(), matters.get(w.id()), w.active()));
        }
        return result;
    }
}
