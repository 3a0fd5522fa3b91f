package org.tongban.hall;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Queue numbers of a day. The kiosk's methods take the hall's kiosk token (no login); the window's need {@link
 * HallPermissions#SERVE} at the hall's jurisdiction. Every change is audited.
 */
@ProviderType
public interface HallQueue {

    /**
     * Takes the number of a booking of today at the hall; the booking is checked in.
     *
     * @throws HallException for a forged token, or a code that is not a booking of today at this hall
     */
    Ticket takeByBooking(String kioskToken, String bookingCode);

    /**
     * Takes a number by ID number (GB 11643, check character verified) for a matter; someone of 60 or more gets a
     * priority number without asking.
     *
     * @throws HallException for a forged token, an invalid ID number or a matter the hall does not serve
     */
    Ticket takeByIdNumber(String kioskToken, String idNumber, String matterCode, Priority priority);

    /** Takes a walk-in number for a matter the hall serves. */
    Ticket takeWalkIn(String kioskToken, String matterCode, Priority priority);

    /**
     * A citizen at the kiosk asked for a person (适老化 staffed help): the hall's clerks with {@link
     * HallPermissions#SERVE} get a notice in their open consoles; audited.
     *
     * @return the kiosk's hall
     * @throws HallException for a forged token
     */
    Hall callStaff(String kioskToken);

    /** The matters the kiosk's hall serves, by name. */
    List<ServedMatter> kioskMatters(String kioskToken);

    /**
     * Calls the next number to a window: a number transferred to this window first, then priority numbers (by the
     * configured rule), then in the order taken, among the numbers of the matters the window serves. Two windows calling at once never get the
     * same number. Publishes {@value HallTopics#CALLED}.
     *
     * @return empty when nobody waits for this window
     * @throws HallException when the window still serves a number
     */
    Optional<Ticket> callNext(long windowId);

    /** Calls the window's current number again (another {@value HallTopics#CALLED}). */
    Ticket recall(long ticketId);

    /** Sends the number on to another window of the hall, where it is called next. */
    Ticket transfer(long ticketId, long toWindowId);

    /** The number did not come (过号); a booking's number counts as a no-show. */
    Ticket skip(long ticketId);

    /**
     * Ends the visit, linking an intake case when the clerk names one (it must be a case the clerk may read), and
     * publishes {@value HallTopics#FINISHED}.
     *
     * @param caseNumber an intake case number, or {@code null} / blank
     */
    Ticket finish(long ticketId, String caseNumber);

    /** The number a window serves now. */
    Optional<Ticket> current(long windowId);

    /** A number by id; needs {@link HallPermissions#READ} or {@link HallPermissions#SERVE} at its hall. */
    Optional<Ticket> ticket(long ticketId);

    /** Today's waiting numbers of a hall, in calling order; needs {@link HallPermissions#READ}. */
    List<Ticket> waiting(long hallId);

    /** What the hall's calling screen shows now; open to all (numbers only, no names). */
    WindowBoard.Screen screen(long hallId);
}
