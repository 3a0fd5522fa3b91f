package org.tongban.hall;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A citizen's appointments, by public account id (the portal's signed-in citizen or the mobile app's sign-in). The
 * caller has established who the citizen is; the service checks everything else and audits every change.
 */
@ProviderType
public interface Appointments {

    /** Largest number of bookings listed. */
    int MAX_LIST = 100;

    /** The window groups of a hall serving a matter (all of them when the code is null). */
    List<WindowGroup> groupsFor(long hallId, String matterCode);

    /** The matters a hall serves, by name. */
    List<ServedMatter> matters(long hallId);

    /** A group's open slots from one day to another (inclusive) that have not started yet, in order. */
    List<Slot> slots(long groupId, LocalDate from, LocalDate to);

    /**
     * Books a slot for a matter.
     *
     * @throws HallException when the slot is full, started or too far ahead, the matter is not served by the slot's
     *     group, the citizen holds another booking of the group that day, or online booking is blocked after no-shows
     */
    Booking book(long accountId, long slotId, String matterCode);

    /**
     * Cancels a booking of the citizen before its slot starts; the place is free again.
     *
     * @throws HallException when it is not the citizen's, or not cancellable any more
     */
    Booking cancel(long accountId, String code);

    /** The citizen's bookings, newest slot first. */
    List<Booking> bookings(long accountId, int limit);

    /** Until when the citizen may not book online after no-shows; empty when free to book. */
    Optional<Instant> blockedUntil(long accountId);

    /**
     * Records as no-shows the bookings whose slot ended more than the grace period ago without a number taken.
     *
     * @return how many were recorded
     */
    int recordNoShows();
}
