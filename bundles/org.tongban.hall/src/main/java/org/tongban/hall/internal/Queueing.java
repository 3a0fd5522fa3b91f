package org.tongban.hall.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.hall.Hall;
import org.tongban.hall.HallException;
import org.tongban.hall.HallPermissions;
import org.tongban.hall.HallTopics;
import org.tongban.hall.HallWindow;
import org.tongban.hall.Priority;
import org.tongban.hall.ServedMatter;
import org.tongban.hall.Ticket;
import org.tongban.hall.TicketState;
import org.tongban.hall.WindowBoard;
import org.tongban.platform.api.jdbc.Jdbc;

/** Numbers at the window: call next, recall, transfer, skip, finish; the queue and the screen. */
final class Queueing {
    private static final int CANDIDATES = 20;

    private final HallContext context;
    private final Administration administration;

    Queueing(HallContext context, Administration administration) {
        this.context = context;
        this.administration = administration;
    }

    // ---- the window

    Optional<Ticket> callNext(long windowId) {
        HallWindow window = window(windowId);
        Hall hall = context.hall(window.hallId());
        context.access.check(HallPermissions.SERVE, hall.jurisdictionCode());
        if (!window.active() || !hall.active()) {
            throw HallException.of("hall.error.windowInactive", window.number());
        }
        String clerk = context.username();
        Instant now = Jdbc.truncate(context.clock.instant());
        LocalDate day = now.atZone(HallContext.ZONE).toLocalDate();
        return context.tx.required(c -> {
            // One call at a time per window: a double click never leaves a window with two numbers.
            Jdbc.one(c, "SELECT id FROM hall_window WHERE id = ? FOR UPDATE", row -> row.getLong(1), windowId);
            if (Jdbc.one(
                            c,
                            HallRows.TICKET + " WHERE t.window_id = ? AND t.state = ?",
                            HallRows::ticket,
                            windowId,
                            TicketState.CALLED)
                    .isPresent()) {
                throw HallException.of("hall.error.stillServing");
            }
            List<Long> candidates = candidates(c, hall, window, day);
            for (long id : candidates) {
                // Another window may have taken it since the SELECT: only a still waiting number is ours.
                int called = Jdbc.update(
                        c,
                        "UPDATE hall_ticket SET state = ?, window_id = ?, target_window_id = NULL, clerk = ?,"
                                + " called_at = COALESCE(called_at, ?), announced_at = ? WHERE id = ? AND state = ?",
                        TicketState.CALLED,
                        windowId,
                        clerk,
                        now,
                        now,
                        id,
                        TicketState.WAITING);
                if (called == 1) {
                    Ticket ticket = HallRows.ticket(c, id).orElseThrow();
                    announce(hall, window, ticket);
                    context.audit.record(
                            "hall.call",
                            "hall-visit/" + id,
                            hall.name() + " " + window.number() + "号窗口 叫号 " + ticket.number());
                    return Optional.of(ticket);
                }
            }
            return Optional.empty();
        });
    }

    /** Transferred to this window first, then priority numbers (by the configured rule), then in the order taken. */
    private List<Long> candidates(Connection c, Hall hall, HallWindow window, LocalDate day) throws SQLException {
        List<String> matters = window.matters().stream().map(ServedMatter::code).toList();
        boolean priorityFirst = priorityFirst(c, hall.id(), day);
        String matterFilter = matters.isEmpty()
                ? "1 = 0"
                : "(t.target_window_id IS NULL AND t.matter_code IN (" + Jdbc.marks(matters.size()) + "))";
        List<Object> parameters = new ArrayList<>();
        parameters.add(window.id());
        parameters.add(hall.id());
        parameters.add(day);
        parameters.add(TicketState.WAITING);
        parameters.addAll(matters);
        parameters.add(window.id());
        String sql = "SELECT t.id, CASE WHEN t.target_window_id = ? THEN 0 ELSE 1 END AS transferred,"
                + " CASE WHEN t.priority <> 'NONE' THEN 0 ELSE 1 END AS ordinary FROM hall_ticket t"
                + " WHERE t.hall_id = ? AND t.visit_day = ? AND t.state = ? AND (" + matterFilter
                + " OR t.target_window_id = ?) ORDER BY transferred, ordinary " + (priorityFirst ? "ASC" : "DESC")
                + ", t.id";
        return Jdbc.list(c, sql, row -> row.getLong(1), parameters.toArray()).stream()
                .limit(CANDIDATES)
                .toList();
    }

    /** Always with the rule FIRST; with EVERY_n once the last n-1 calls of the hall today were ordinary numbers. */
    private boolean priorityFirst(Connection c, long hallId, LocalDate day) throws SQLException {
        int every = context.rules.priorityEvery();
        if (every <= 1) {
            return true;
        }
        List<String> recent = Jdbc.list(
                c,
                "SELECT priority FROM hall_ticket WHERE hall_id = ? AND visit_day = ? AND called_at IS NOT NULL"
                        + " ORDER BY called_at DESC, id DESC",
                row -> row.getString(1),
                hallId,
                day);
        int ordinarySince = 0;
        for (String p : recent) {
            if (!Priority.NONE.name().equals(p)) {
                break;
            }
            ordinarySince++;
        }
        return ordinarySince >= every - 1;
    }

    Ticket recall(long ticketId) {
        Ticket ticket = calledTicket(ticketId);
        Hall hall = context.hall(ticket.hallId());
        HallWindow window = window(ticket.windowId());
        Instant now = Jdbc.truncate(context.clock.instant());
        return context.tx.required(c -> {
            int recalled = Jdbc.update(
                    c,
                    "UPDATE hall_ticket SET recalls = recalls + 1, announced_at = ? WHERE id = ? AND state = ?",
                    now,
                    ticketId,
                    TicketState.CALLED);
            if (recalled == 0) {
                throw HallException.of("hall.error.notCalled");
            }
            announce(hall, window, ticket);
            context.audit.record(
                    "hall.recall",
                    "hall-visit/" + ticketId,
                    hall.name() + " " + window.number() + "号窗口 重呼 " + ticket.number());
            return HallRows.ticket(c, ticketId).orElseThrow();
        });
    }

    Ticket transfer(long ticketId, long toWindowId) {
        Ticket ticket = calledTicket(ticketId);
        Hall hall = context.hall(ticket.hallId());
        HallWindow to = window(toWindowId);
        if (to.hallId() != hall.id() || to.id() == ticket.windowId()) {
            throw HallException.of("hall.error.transferWindow");
        }
        if (!to.active()) {
            throw HallException.of("hall.error.windowInactive", to.number());
        }
        return context.tx.required(c -> {
            int moved = Jdbc.update(
                    c,
                    "UPDATE hall_ticket SET state = ?, window_id = NULL, clerk = NULL, target_window_id = ?"
                            + " WHERE id = ? AND state = ?",
                    TicketState.WAITING,
                    toWindowId,
                    ticketId,
                    TicketState.CALLED);
            if (moved == 0) {
                throw HallException.of("hall.error.notCalled");
            }
            context.audit.record(
                    "hall.transfer",
                    "hall-visit/" + ticketId,
                    hall.name() + " " + ticket.number() + " 从" + ticket.windowNumber() + "号窗口转至" + to.number() + "号窗口");
            return HallRows.ticket(c, ticketId).orElseThrow();
        });
    }

    Ticket skip(long ticketId) {
        Ticket ticket = calledTicket(ticketId);
        Hall hall = context.hall(ticket.hallId());
        Instant now = Jdbc.truncate(context.clock.instant());
        return context.tx.required(c -> {
            end(c, ticketId, TicketState.SKIPPED, now, null);
            Optional<Long> booking = Jdbc.one(
                    c,
                    "SELECT booking_id FROM hall_ticket WHERE id = ? AND booking_id IS NOT NULL",
                    row -> row.getLong(1),
                    ticketId);
            if (booking.isPresent()) {
                Bookings.noShow(c, booking.get(), now);
            }
            context.audit.record(
                    "hall.skip",
                    "hall-visit/" + ticketId,
                    hall.name() + " " + ticket.windowNumber() + "号窗口 过号 " + ticket.number());
            return HallRows.ticket(c, ticketId).orElseThrow();
        });
    }

    Ticket finish(long ticketId, String caseNumber) {
        Ticket ticket = calledTicket(ticketId);
        Hall hall = context.hall(ticket.hallId());
        String linked = null;
        if (caseNumber != null && !caseNumber.isBlank()) {
            CaseLinks links = context.caseLinks;
            if (links == null) {
                throw HallException.of("hall.error.noIntake");
            }
            linked = links.readableCase(caseNumber.strip())
                    .orElseThrow(() -> HallException.of("hall.error.noCase", caseNumber.strip()));
        }
        String caseLinked = linked;
        Instant now = Jdbc.truncate(context.clock.instant());
        String clerk = context.username();
        return context.tx.required(c -> {
            end(c, ticketId, TicketState.FINISHED, now, caseLinked);
            Map<String, String> payload = new HashMap<>();
            payload.put(HallTopics.VISIT, String.valueOf(ticketId));
            payload.put(HallTopics.HALL, hall.code());
            payload.put(HallTopics.HALL_NAME, hall.name());
            payload.put(HallTopics.WINDOW, ticket.windowNumber());
            payload.put(HallTopics.CLERK, clerk);
            payload.put(HallTopics.MATTER, ticket.matterCode() == null ? "" : ticket.matterCode());
            payload.put(HallTopics.CASE, caseLinked == null ? "" : caseLinked);
            payload.put(HallTopics.JURISDICTION, hall.jurisdictionCode());
            context.events.publish(HallTopics.FINISHED, "hall-visit/" + ticketId, payload);
            context.audit.record(
                    "hall.finish",
                    "hall-visit/" + ticketId,
                    hall.name() + " " + ticket.windowNumber() + "号窗口 办结 " + ticket.number()
                            + (caseLinked == null ? "" : "，关联办件 " + caseLinked));
            return HallRows.ticket(c, ticketId).orElseThrow();
        });
    }

    private void end(Connection c, long ticketId, TicketState state, Instant now, String caseNumber)
            throws SQLException {
        int ended = Jdbc.update(
                c,
                "UPDATE hall_ticket SET state = ?, finished_at = ?, case_number = ? WHERE id = ? AND state = ?",
                state,
                now,
                caseNumber,
                ticketId,
                TicketState.CALLED);
        if (ended == 0) {
            throw HallException.of("hall.error.notCalled");
        }
    }

    Optional<Ticket> current(long windowId) {
        HallWindow window = window(windowId);
        Hall hall = context.hall(window.hallId());
        context.access.check(HallPermissions.SERVE, hall.jurisdictionCode());
        return context.tx.read(c -> Jdbc.one(
                c,
                HallRows.TICKET + " WHERE t.window_id = ? AND t.state = ?",
                HallRows::ticket,
                windowId,
                TicketState.CALLED));
    }

    Optional<Ticket> ticket(long ticketId) {
        Optional<Ticket> ticket = context.tx.read(c -> HallRows.ticket(c, ticketId));
        ticket.ifPresent(t -> checkReader(context.hall(t.hallId())));
        return ticket;
    }

    List<Ticket> waiting(long hallId) {
        Hall hall = context.hall(hallId);
        checkReader(hall);
        return context.tx.read(c -> Jdbc.list(
                c,
                HallRows.TICKET + " WHERE t.hall_id = ? AND t.visit_day = ? AND t.state = ?"
                        + " ORDER BY CASE WHEN t.priority <> 'NONE' THEN 0 ELSE 1 END, t.id",
                HallRows::ticket,
                hallId,
                context.today(),
                TicketState.WAITING));
    }

    WindowBoard.Screen screen(long hallId) {
        Hall hall = context.hall(hallId);
        LocalDate day = context.today();
        return context.tx.read(c -> {
            Map<Long, Object[]> current = new HashMap<>();
            for (Object[] row : Jdbc.list(
                    c,
                    "SELECT window_id, number, announced_at FROM hall_ticket WHERE hall_id = ? AND visit_day = ? AND state = ?",
                    r -> new Object[] {r.getLong(1), r.getString(2), Jdbc.instant(r, "announced_at")},
                    hallId,
                    day,
                    TicketState.CALLED)) {
                current.put((Long) row[0], row);
            }
            List<WindowBoard> boards = new ArrayList<>();
            for (HallWindow w : HallRows.windows(c, "hall_id = ? AND active = TRUE", hallId)) {
                Object[] now = current.get(w.id());
                boards.add(new WindowBoard(
                        w.number(),
                        w.name(),
                        now == null ? null : (String) now[1],
                        now == null || now[2] == null ? 0 : ((Instant) now[2]).toEpochMilli()));
            }
            List<String> next = Jdbc.list(
                    c,
                    "SELECT number FROM hall_ticket WHERE hall_id = ? AND visit_day = ? AND state = ?"
                            + " ORDER BY CASE WHEN priority <> 'NONE' THEN 0 ELSE 1 END, id",
                    r -> r.getString(1),
                    hallId,
                    day,
                    TicketState.WAITING);
            return new WindowBoard.Screen(
                    hall, boards, next.size(), next.stream().limit(8).toList());
        });
    }

    private void checkReader(Hall hall) {
        if (!context.access.isPermitted(HallPermissions.SERVE, hall.jurisdictionCode())) {
            context.access.check(HallPermissions.READ, hall.jurisdictionCode());
        }
    }

    private Ticket calledTicket(long ticketId) {
        Ticket ticket = context.tx
                .read(c -> HallRows.ticket(c, ticketId))
                .orElseThrow(() -> HallException.of("hall.error.noTicket", ticketId));
        context.access.check(
                HallPermissions.SERVE, context.hall(ticket.hallId()).jurisdictionCode());
        if (ticket.state() != TicketState.CALLED) {
            throw HallException.of("hall.error.notCalled");
        }
        return ticket;
    }

    private HallWindow window(long windowId) {
        return administration.window(windowId).orElseThrow(() -> HallException.of("hall.error.noWindow", windowId));
    }

    private void announce(Hall hall, HallWindow window, Ticket ticket) {
        context.events.publish(
                HallTopics.CALLED,
                "hall-visit/" + ticket.id(),
                Map.of(
                        HallTopics.HALL,
                        String.valueOf(hall.id()),
                        HallTopics.WINDOW,
                        window.number(),
                        HallTopics.NUMBER,
                        ticket.number()));
    }
}
