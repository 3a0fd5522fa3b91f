package org.tongban.hall;

/**
 * Windows booked together: appointment slots belong to a group, and its windows serve them.
 *
 * @param id its id
 * @param hallId its hall
 * @param code its code within the hall
 * @param name its name, for example 不动产登记
 * @param slotMinutes the length of one slot
 * @param capacity bookings per slot
 * @param active false once deactivated: its slots and bookings stay, it takes no new bookings
 */
public record WindowGroup(
        long id, long hallId, String code, String name, int slotMinutes, int capacity, boolean active) {

    /** An active group. */
    public WindowGroup(long id, long hallId, String code, String name, int slotMinutes, int capacity) {
        this(id, hallId, code, name, slotMinutes, capacity, true);
    }
}
