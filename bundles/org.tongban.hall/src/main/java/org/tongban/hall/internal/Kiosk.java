package org.tongban.hall.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.tongban.hall.Booking;
import org.tongban.hall.BookingState;
import org.tongban.hall.Hall;
import org.tongban.hall.HallException;
import org.tongban.hall.HallPermissions;
import org.tongban.hall.Priority;
import org.tongban.hall.ServedMatter;
import org.tongban.hall.Ticket;
import org.tongban.hall.TicketState;
import org.tongban.platform.api.identity.IdentityNumbers;
import org.tongban.platform.api.jdbc.Jdbc;

/** Numbers from the kiosk: by appointment code, by ID number, walk-in; staffed help. */
final class Kiosk {
    private final HallContext context;
    private final Administration administration;
    private final Bookings bookings;

    Kiosk(HallContext context, Administration administration, Bookings bookings) {
        this.context = context;
        this.administration = administration;
        this.bookings = bookings;
    }

    Ticket takeByBooking(String kioskToken, String bookingCode) {
        Hall hall = administration.kioskHall(kioskToken);
        Booking booking = bookings.find(bookingCode)
                .filter(b -> b.hallId() == hall.id())
                .filter(b -> b.startsAt().atZone(HallContext.ZONE).toLocalDate().equals(context.today()))
                .orElseThrow(() -> HallException.of("hall.error.noBookingToday"));
        if (booking.state() != BookingState.BOOKED) {
            throw HallException.of("hall.error.bookingUsed");
        }
        return context.tx.required(c -> {
            int checkedIn = Jdbc.update(
                    c,
                    "UPDATE hall_booking SET state = ? WHERE id = ? AND state = ?",
                    BookingState.CHECKED_IN,
                    booking.id(),
                    BookingState.BOOKED);
            if (checkedIn == 0) {
                throw HallException.of("hall.error.bookingUsed");
            }
            return issue(c, hall, booking.matterCode(), booking.matterName(), Priority.NONE, booking.id(), null);
        });
    }

    Ticket takeByIdNumber(String kioskToken, String idNumber, String matterCode, Priority priority) {
        Hall hall = administration.kioskHall(kioskToken);
        String number = idNumber == null ? "" : IdentityNumbers.normalise(idNumber);
        if (!IdentityNumbers.isValid(number)) {
            throw HallException.of("hall.error.idNumber");
        }
        Priority given = priority == null ? Priority.NONE : priority;
        if (given == Priority.NONE && age(number) >= context.rules.elderlyAge()) {
            given = Priority.ELDERLY;
        }
        ServedMatter matter = servedMatter(hall, matterCode);
        Priority chosen = given;
        return context.tx.required(
                c -> issue(c, hall, matter.code(), matter.name(), chosen, null, IdentityNumbers.mask(number)));
    }

    Ticket takeWalkIn(String kioskToken, String matterCode, Priority priority) {
        Hall hall = administration.kioskHall(kioskToken);
        ServedMatter matter = servedMatter(hall, matterCode);
        Priority chosen = priority == null ? Priority.NONE : priority;
        return context.tx.required(c -> issue(c, hall, matter.code(), matter.name(), chosen, null, null));
    }

    Hall callStaff(String kioskToken) {
        Hall hall = administration.kioskHall(kioskToken);
        context.tx.required(c -> {
            context.audit.record("hall.help", "hall/" + hall.id(), hall.name() + " 取号机请求导办人员协助");
            return null;
        });
        context.consoleNotices.accept(org.tongban.platform.api.ui.ConsoleNotices.of(
                hall.name() + "：取号机前有群众需要协助", HallPermissions.SERVE, hall.jurisdictionCode()));
        return hall;
    }

    List<ServedMatter> kioskMatters(String kioskToken) {
        return bookings.matters(administration.kioskHall(kioskToken).id());
    }

    private ServedMatter servedMatter(Hall hall, String matterCode) {
        String code = matterCode == null ? "" : matterCode.strip();
        return bookings.matters(hall.id()).stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow(() -> HallException.of("hall.error.matterNotServed", code));
    }

    private Ticket issue(
            Connection c,
            Hall hall,
            String matterCode,
            String matterName,
            Priority priority,
            Long bookingId,
            String idMasked)
            throws SQLException {
        Instant now = Jdbc.truncate(context.clock.instant());
        LocalDate day = now.atZone(HallContext.ZONE).toLocalDate();
        String prefix = priority.isPriority() ? "P" : bookingId != null ? "Y" : "A";
        String number = Numbers.next(context.tx, c, hall.id(), day, prefix);
        long id = Jdbc.insert(
                c,
                "INSERT INTO hall_ticket (hall_id, visit_day, number, matter_code, matter_name, priority, booking_id,"
                        + " id_masked, state, recalls, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                hall.id(),
                day,
                number,
                matterCode,
                matterName,
                priority,
                bookingId == null ? Jdbc.NULL_LONG : bookingId,
                idMasked,
                TicketState.WAITING,
                now);
        context.audit.record(
                "hall.take",
                "hall-visit/" + id,
                hall.name() + " 取号 " + number + " " + matterName + (idMasked == null ? "" : "，证件 " + idMasked));
        Ticket ticket = HallRows.ticket(c, id).orElseThrow();
        int ahead = Jdbc.one(
                        c,
                        "SELECT COUNT(*) FROM hall_ticket WHERE hall_id = ? AND visit_day = ? AND state = ? AND matter_code = ?"
                                + " AND id < ?",
                        row -> row.getInt(1),
                        hall.id(),
                        day,
                        TicketState.WAITING,
                        matterCode,
                        id)
                .orElse(0);
        return withAhead(ticket, ahead);
    }

    private static Ticket withAhead(Ticket t, int ahead) {
        return new Ticket(
                t.id(),
                t.hallId(),
                t.number(),
                t.matterCode(),
                t.matterName(),
                t.priority(),
                t.state(),
                t.windowId(),
                t.windowNumber(),
                t.targetWindowId(),
                t.clerk(),
                t.bookingCode(),
                t.caseNumber(),
                t.issuedAt(),
                t.calledAt(),
                t.finishedAt(),
                ahead);
    }

    /** Age in whole years from the birth date in an 18-digit ID number. */
    private int age(String idNumber) {
        try {
            LocalDate birth = LocalDate.parse(idNumber.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
            return Period.between(birth, context.today()).getYears();
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return 0;
        }
    }
}
