package org.tongban.helpdesk;

import java.time.Instant;

/**
 * An intake case the helper filed for the request as agent (全程代办), as intake shows it to the signed-in user.
 *
 * @param number intake's case number
 * @param filedAt when the helper filed it
 * @param readable whether the user may open the case in intake; when not, only the number and filing time are known
 * @param matterName the matter applied for, null when not readable
 * @param state intake's state name ({@code RECEIVED}, {@code ACCEPTED} …), null when not readable
 * @param deadline the case's legal deadline once accepted, else null
 * @param onTime whether it was finished in time, null while running
 * @since 1.3
 */
public record LinkedCase(
        String number,
        Instant filedAt,
        boolean readable,
        String matterName,
        String state,
        Instant deadline,
        Boolean onTime) {}
