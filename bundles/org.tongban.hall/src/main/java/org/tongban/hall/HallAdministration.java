package org.tongban.hall;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Halls, windows, window groups and slots. Reading is open (citizens choose a hall); every change needs {@link
 * HallPermissions#ADMIN} at the hall's jurisdiction and is audited.
 */
@ProviderType
public interface HallAdministration {

    /** The halls of a jurisdiction and its subtree, by jurisdiction and code. */
    List<Hall> halls(String jurisdictionCode);

    /** A hall. */
    Optional<Hall> hall(long id);

    /**
     * Adds a hall, or renames an existing one of the same code.
     *
     * @throws HallException for an unknown jurisdiction, a bad code or an empty name
     */
    Hall saveHall(String jurisdictionCode, String code, String name, String address);

    /** The window groups of a hall, by code. */
    List<WindowGroup> groups(long hallId);

    /**
     * Adds a window group, or changes the one of the same code; a slot already opened keeps its capacity.
     *
     * @throws HallException for a bad code, name, length (5 to 240 minutes) or capacity (1 to 500)
     */
    WindowGroup saveGroup(long hallId, String code, String name, int slotMinutes, int capacity);

    /** The windows of a hall, by number. */
    List<HallWindow> windows(long hallId);

    /** A window. */
    Optional<HallWindow> window(long windowId);

    /**
     * Adds a window, or changes the one of the same number. Each matter code must be a published matter of the
     * catalogue; its name is taken from there.
     *
     * @param groupId the group it serves, or {@code null}
     * @throws HallException for a bad number or name, an unknown group or an unpublished matter code
     */
    HallWindow saveWindow(long hallId, String number, String name, Long groupId, List<String> matterCodes);

    /**
     * Opens the slots of a group for these days: each working day's office hours of the hall (the working-time engine)
     * cut into pieces of the group's length, with its capacity. Days off get none; slots already open stay as they are.
     *
     * @return how many slots were added
     */
    int openSlots(long groupId, LocalDate from, int days);

    /**
     * Deactivates a hall, or activates it again. A deactivated hall keeps its windows, bookings and visits for the
     * records and statistics; it takes no bookings, its kiosk hands out no numbers. Audited.
     *
     * @since 1.1
     */
    Hall setHallActive(long hallId, boolean active);

    /**
     * Deactivates a window group, or activates it again: its slots and bookings stay (bookings made stay valid), it
     * takes no new bookings. Audited.
     *
     * @since 1.1
     */
    WindowGroup setGroupActive(long groupId, boolean active);

    /**
     * Deactivates a window, or activates it again: its visits stay, it calls no numbers, receives no transfers and is
     * not shown on the calling screen; a matter served only by deactivated windows is no longer offered.
     *
     * @throws HallException when the window still serves a number
     * @since 1.1
     */
    HallWindow setWindowActive(long windowId, boolean active);

    /**
     * Issues a new token for the hall's kiosk and screen; the old one stops working. Only its hash is kept.
     *
     * @return the token, to be entered once on the kiosk
     */
    String issueKioskToken(long hallId);

    /**
     * The hall a kiosk token is bound to.
     *
     * @throws HallException ({@code hall.error.kioskToken}) when no hall has this token
     */
    Hall kioskHall(String token);
}
