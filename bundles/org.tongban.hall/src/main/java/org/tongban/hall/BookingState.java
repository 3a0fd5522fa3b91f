package org.tongban.hall;

/** Where a booking stands. */
public enum BookingState {
    /** Holds its place in the slot. */
    BOOKED,
    /** Cancelled by the citizen; the place is free again. */
    CANCELLED,
    /** A number was taken with its code at the kiosk. */
    CHECKED_IN,
    /** The citizen did not come (or did not answer the call); counts towards the block. */
    NO_SHOW
}
