package org.tongban.keyprojects;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action agreed at a joint meeting.
 *
 * @param id its id
 * @param meetingId the meeting
 * @param description what is to be done
 * @param owner who does it (a department or a person)
 * @param due by when
 * @param doneAt when it was reported done, or null
 * @param doneNote what was reported, or null
 * @param overdue whether it is open after its due date
 */
public record MeetingAction(
        long id,
        long meetingId,
        String description,
        String owner,
        LocalDate due,
        Instant doneAt,
        String doneNote,
        boolean overdue) {}
