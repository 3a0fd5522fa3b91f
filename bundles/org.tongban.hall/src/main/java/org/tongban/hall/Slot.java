package org.tongban.hall;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An appointment slot of a window group.
 *
 * @param id its id
 * @param groupId its group
 * @param day the day, in the hall's time zone
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param capacity how many may book it
 * @param booked how many did
 */
public record Slot(long id, long groupId, LocalDate day, Instant startsAt, Instant endsAt, int capacity, int booked) {
    /** Places left. */
    public int remaining() {
        return Math.max(0, capacity - booked);
    }
}
