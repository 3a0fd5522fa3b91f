package org.tongban.keyprojects;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint meeting as called.
 *
 * @param date when it is held
 * @param title its subject
 * @param departments the departments invited, at least two
 * @param minutes the minutes if already written, else null
 */
public record MeetingDraft(LocalDate date, String title, List<String> departments, String minutes) {
    public MeetingDraft {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
