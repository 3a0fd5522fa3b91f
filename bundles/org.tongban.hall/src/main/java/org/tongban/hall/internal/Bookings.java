package org.tongban.hall.internal;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tongban.hall.Booking;
import org.tongban.hall.BookingState;
import org.tongban.hall.HallException;
import org.tongban.hall.ServedMatter;
import org.tongban.hall.Slot;
import org.tongban.hall.WindowGroup;
import org.tongban.platform.api.jdbc.Jdbc;

/** Citizens' bookings of slots; the slot's count is raised only while below its capacity, in the database. */
final class Bookings {
    /** Letters and digits a citizen cannot confuse (no 0/O, 1/I/L). */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UNIQUE_VIOLATION = "23505";

    private final HallContext context;

    Bookings(HallContext context) {
        this.context = context;
    }

    List<WindowGroup> groupsFor(long hallId, String matterCode) {
        String sql =
                "SELECT DISTINCT g.id, g.hall_id, g.code, g.name, g.slot_minutes, g.capacity, g.active FROM hall_group g"
                        + " JOIN hall_window w ON w.group_id = g.id JOIN hall_window_matter m ON m.window_id = w.id"
                        + " JOIN hall_hall h ON h.id = g.hall_id"
                        + " WHERE g.hall_id = ? AND g.active = TRUE AND w.active = TRUE AND h.active = TRUE"
                        + (matterCode == null ? "" : " AND m.matter_code = ?") + " ORDER BY g.code";
        Object[] parameters = matterCode == null ? new Object[] {hallId} : new Object[] {hallId, matterCode};
        return context.tx.read(c -> Jdbc.list(c, sql, HallRows::group, parameters));
    }

    List<ServedMatter> matters(long hallId) {
        return context.tx.read(c -> Jdbc.list(
                c,
                "SELECT DISTINCT m.matter_code, m.matter_name FROM hall_window_matter m"
                        + " JOIN hall_window w ON w.id = m.window_id WHERE w.hall_id = ? AND w.active = TRUE"
                        + " ORDER BY m.matter_name, m.matter_code",
                row -> new ServedMatter(row.getString(1), row.getString(2)),
                hallId));
    }

    List<Slot> slots(long groupId, LocalDate from, LocalDate to) {
        LocalDate last = context.today().plusDays(context.rules.bookingDaysAhead());
        LocalDate end = to == null || to.isAfter(last) ? last : to;
        return context.tx.read(c -> Jdbc.list(
                c,
                HallRows.SLOT + " WHERE group_id = ? AND slot_day >= ? AND slot_day <= ? AND starts_at > ?"
                        // A deactivated group or hall offers no slots.
                        + " AND EXISTS (SELECT 1 FROM hall_group g JOIN hall_hall h ON h.id = g.hall_id"
                        + " WHERE g.id = hall_slot.group_id AND g.active = TRUE AND h.active = TRUE)"
                        + " ORDER BY starts_at",
                HallRows::slot,
                groupId,
                from == null ? context.today() : from,
                end,
                context.clock.instant()));
    }

    /** A deactivated group or hall takes no booking; the citizen is told which. */
    private void refuseInactive(long groupId) {
        String[] state = context.tx
                .read(c -> Jdbc.one(
                        c,
                        "SELECT g.name, g.active, h.name, h.active FROM hall_group g JOIN hall_hall h ON h.id = g.hall_id"
                                + " WHERE g.id = ?",
                        row -> new String[] {
                            row.getString(1),
                            Boolean.toString(row.getBoolean(2)),
                            row.getString(3),
                            Boolean.toString(row.getBoolean(4))
                        },
                        groupId))
                .orElseThrow(() -> HallException.of("hall.error.noSlot"));
        if (!Boolean.parseBoolean(state[3])) {
            throw HallException.of("hall.error.hallInactive", state[2]);
        }
        if (!Boolean.parseBoolean(state[1])) {
            throw HallException.of("hall.error.groupInactive", state[0]);
        }
    }

    Booking book(long accountId, long slotId, String matterCode) {
        Instant now = Jdbc.truncate(context.clock.instant());
        Slot slot = context.tx
                .read(c -> Jdbc.one(c, HallRows.SLOT + " WHERE id = ?", HallRows::slot, slotId))
                .orElseThrow(() -> HallException.of("hall.error.noSlot"));
        if (!slot.startsAt().isAfter(now)) {
            throw HallException.of("hall.error.slotStarted");
        }
        refuseInactive(slot.groupId());
        if (slot.day().isAfter(context.today().plusDays(context.rules.bookingDaysAhead()))) {
            throw HallException.of("hall.error.tooFarAhead", context.rules.bookingDaysAhead());
        }
        String code = matterCode == null ? "" : matterCode.strip();
        String matterName = context.tx
                .read(c -> Jdbc.one(
                        c,
                        "SELECT m.matter_name FROM hall_window_matter m JOIN hall_window w ON w.id = m.window_id"
                                + " WHERE w.group_id = ? AND m.matter_code = ? AND w.active = TRUE",
                        row -> row.getString(1),
                        slot.groupId(),
                        code))
                .orElseThrow(() -> HallException.of("hall.error.matterNotServed", code));
        Optional<Instant> blocked = blockedUntil(accountId);
        if (blocked.isPresent()) {
            throw HallException.of(
                    "hall.error.blocked",
                    context.rules.noShowLimit(),
                    blocked.get().atZone(HallContext.ZONE).toLocalDate());
        }
        return context.tx.required(c -> {
            boolean holdsOne = Jdbc.one(
                            c,
                            "SELECT id FROM hall_booking WHERE account_id = ? AND group_id = ? AND active_day = ?",
                            row -> row.getLong(1),
                            accountId,
                            slot.groupId(),
                            slot.day())
                    .isPresent();
            if (holdsOne) {
                throw HallException.of("hall.error.doubleBooking", slot.day());
            }
            // The one guard against overbooking: the database raises the count only while it is below capacity.
            int taken = Jdbc.update(
                    c, "UPDATE hall_slot SET booked = booked + 1 WHERE id = ? AND booked < capacity", slotId);
            if (taken == 0) {
                throw HallException.of("hall.error.slotFull");
            }
            String confirmation = newCode();
            long id;
            try {
                id = Jdbc.insert(
                        c,
                        "INSERT INTO hall_booking (code, slot_id, group_id, account_id, matter_code, matter_name, state,"
                                + " active_day, booked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        confirmation,
                        slotId,
                        slot.groupId(),
                        accountId,
                        code,
                        matterName,
                        BookingState.BOOKED,
                        slot.day(),
                        now);
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    // Two bookings of one citizen for the same day raced; the unique key let one through.
                    throw HallException.of("hall.error.doubleBooking", slot.day());
                }
                throw e;
            }
            context.audit.record(
                    "hall.book",
                    "hall-booking/" + id,
                    "账户 " + accountId + " 预约 "
                            + slot.startsAt().atZone(HallContext.ZONE).toLocalDateTime() + " " + matterName + "，确认码 "
                            + confirmation);
            return Jdbc.one(c, HallRows.BOOKING + " WHERE b.id = ?", HallRows::booking, id)
                    .orElseThrow();
        });
    }

    Booking cancel(long accountId, String code) {
        Instant now = Jdbc.truncate(context.clock.instant());
        Booking booking = find(code)
                .filter(b -> b.accountId() == accountId)
                .orElseThrow(() -> HallException.of("hall.error.noBooking"));
        if (booking.state() != BookingState.BOOKED || !booking.startsAt().isAfter(now)) {
            throw HallException.of("hall.error.notCancellable");
        }
        return context.tx.required(c -> {
            int cancelled = Jdbc.update(
                    c,
                    "UPDATE hall_booking SET state = ?, active_day = NULL, closed_at = ? WHERE id = ? AND state = ?",
                    BookingState.CANCELLED,
                    now,
                    booking.id(),
                    BookingState.BOOKED);
            if (cancelled == 0) {
                throw HallException.of("hall.error.notCancellable");
            }
            Jdbc.update(
                    c,
                    "UPDATE hall_slot SET booked = booked - 1 WHERE id = (SELECT slot_id FROM hall_booking WHERE id = ?)",
                    booking.id());
            context.audit.record("hall.cancel", "hall-booking/" + booking.id(), "账户 " + accountId + " 取消预约 " + code);
            return Jdbc.one(c, HallRows.BOOKING + " WHERE b.id = ?", HallRows::booking, booking.id())
                    .orElseThrow();
        });
    }

    Optional<Booking> find(String code) {
        if (code == null || code.isBlank() || code.length() > 16) {
            return Optional.empty();
        }
        String clean = code.strip().toUpperCase(java.util.Locale.ROOT);
        return context.tx.read(c -> Jdbc.one(c, HallRows.BOOKING + " WHERE b.code = ?", HallRows::booking, clean));
    }

    List<Booking> bookings(long accountId, int limit) {
        int size = Math.max(1, Math.min(limit, org.tongban.hall.Appointments.MAX_LIST));
        return context
                .tx
                .read(c -> Jdbc.list(
                        c,
                        HallRows.BOOKING + " WHERE b.account_id = ? ORDER BY s.starts_at DESC, b.id DESC",
                        HallRows::booking,
                        accountId))
                .stream()
                .limit(size)
                .toList();
    }

    /**
     * The block runs from the latest no-show that made {@code noShowLimit} within {@code noShowWindow}, for {@code
     * blockFor}.
     */
    Optional<Instant> blockedUntil(long accountId) {
        Instant now = context.clock.instant();
        HallRules rules = context.rules;
        List<Instant> times = context.tx.read(c -> Jdbc.list(
                c,
                "SELECT closed_at FROM hall_booking WHERE account_id = ? AND state = ? AND closed_at >= ?"
                        + " ORDER BY closed_at DESC",
                row -> Jdbc.instant(row, "closed_at"),
                accountId,
                BookingState.NO_SHOW,
                now.minus(rules.noShowWindow()).minus(rules.blockFor())));
        for (int i = 0; i + rules.noShowLimit() - 1 < times.size(); i++) {
            Instant latest = times.get(i);
            Instant earliest = times.get(i + rules.noShowLimit() - 1);
            if (earliest.isAfter(latest.minus(rules.noShowWindow()))) {
                Instant until = latest.plus(rules.blockFor());
                return until.isAfter(now) ? Optional.of(until) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    int recordNoShows() {
        Instant now = Jdbc.truncate(context.clock.instant());
        return context.tx.required(c -> {
            List<Object[]> late = Jdbc.list(
                    c,
                    "SELECT b.id, b.code, b.account_id FROM hall_booking b JOIN hall_slot s ON s.id = b.slot_id"
                            + " WHERE b.state = ? AND s.ends_at < ?",
                    row -> new Object[] {row.getLong(1), row.getString(2), row.getLong(3)},
                    BookingState.BOOKED,
                    now.minus(context.rules.noShowGrace()));
            int recorded = 0;
            for (Object[] booking : late) {
                recorded += noShow(c, (Long) booking[0], now);
                context.audit.record(
                        "hall.noShow", "hall-booking/" + booking[0], "账户 " + booking[2] + " 预约 " + booking[1] + " 未到");
            }
            return recorded;
        });
    }

    static int noShow(java.sql.Connection c, long bookingId, Instant now) throws SQLException {
        return Jdbc.update(
                c,
                "UPDATE hall_booking SET state = ?, active_day = NULL, closed_at = ? WHERE id = ? AND state IN (?, ?)",
                BookingState.NO_SHOW,
                now,
                bookingId,
                BookingState.BOOKED,
                BookingState.CHECKED_IN);
    }

    private static String newCode() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
