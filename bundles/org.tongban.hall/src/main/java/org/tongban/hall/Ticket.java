package org.tongban.hall;

import java.time.Instant;

/**
 * A queue number: one visit to a hall.
 *
 * @param id the visit's id
 * @param hallId the hall
 * @param number the number called, for example {@code A012}
 * @param matterCode the matter
 * @param matterName its name
 * @param priority the priority it was given
 * @param state where it stands
 * @param windowId the window that called it, or {@code null}
 * @param windowNumber that window's number, or {@code null}
 * @param targetWindowId the window it was transferred to, or {@code null}
 * @param clerk who called it, or {@code null}
 * @param bookingCode the appointment it came from, or {@code null}
 * @param caseNumber the intake case linked at its end, or {@code null}
 * @param issuedAt when it was taken
 * @param calledAt when it was (last) called
 * @param finishedAt when it ended
 * @param waitingAhead numbers waiting before it for the same matter when it was read (0 once called)
 */
public record Ticket(
        long id,
        long hallId,
        String number,
        String matterCode,
        String matterName,
        Priority priority,
        TicketState state,
        Long windowId,
        String windowNumber,
        Long targetWindowId,
        String clerk,
        String bookingCode,
        String caseNumber,
        Instant issuedAt,
        Instant calledAt,
        Instant finishedAt,
        int waitingAhead) {}
