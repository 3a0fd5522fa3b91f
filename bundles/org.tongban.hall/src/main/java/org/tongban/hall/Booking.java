package org.tongban.hall;

import java.time.Instant;

/**
 * A citizen's booking of a slot.
 *
 * @param id its id
 * @param code the confirmation code, shown at the kiosk to take the number
 * @param accountId the public account that booked
 * @param hallId the hall
 * @param hallName the hall's name
 * @param groupId the window group
 * @param groupName the group's name
 * @param matterCode the matter to be handled
 * @param matterName its name
 * @param startsAt the slot's start
 * @param endsAt the slot's end
 * @param state where it stands
 * @param bookedAt when it was booked
 */
public record Booking(
        long id,
        String code,
        long accountId,
        long hallId,
        String hallName,
        long groupId,
        String groupName,
        String matterCode,
        String matterName,
        Instant startsAt,
        Instant endsAt,
        BookingState state,
        Instant bookedAt) {}
