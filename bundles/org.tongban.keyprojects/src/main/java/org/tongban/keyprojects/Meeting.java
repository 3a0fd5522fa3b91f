package org.tongban.keyprojects;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint meeting (联合审查) of a project.
 *
 * @param id its id
 * @param date when it is held
 * @param title its subject
 * @param departments the departments taking part
 * @param minutes the minutes, or null before they are recorded
 * @param calledBy who called it
 * @param actions the actions agreed, in order
 */
public record Meeting(
        long id,
        LocalDate date,
        String title,
        List<String> departments,
        String minutes,
        String calledBy,
        List<MeetingAction> actions) {
    public Meeting {
        departments = List.copyOf(departments);
        actions = List.copyOf(actions);
    }
}
