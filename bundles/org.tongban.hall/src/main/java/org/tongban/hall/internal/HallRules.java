package org.tongban.hall.internal;

import java.time.Duration;
import org.tongban.hall.HallException;

/**
 * The hall's rules as data, each with its default and where it comes from.
 *
 * @param noShowLimit no-shows that block online booking: 3, the issue text and the cities' practice (爽约3次)
 * @param noShowWindow over how long they count: 30 days, the same
 * @param blockFor how long online booking stays blocked: 30 days, the cities' common practice
 * @param noShowGrace after the slot's end until a booking without a number is a no-show: 30 minutes
 * @param bookingDaysAhead how far ahead slots can be booked: 7 days, as the Jinan and Zibo halls publish them
 * @param elderlyAge from which age a citizen is elderly: 60, 老年人权益保障法 第二条
 * @param priorityEvery 1 when priority numbers always go first; n when every n-th call goes to one
 */
public record HallRules(
        int noShowLimit,
        Duration noShowWindow,
        Duration blockFor,
        Duration noShowGrace,
        int bookingDaysAhead,
        int elderlyAge,
        int priorityEvery) {

    static final int NO_SHOW_LIMIT = 3;
    static final int NO_SHOW_WINDOW_DAYS = 30;
    static final int NO_SHOW_BLOCK_DAYS = 30;
    static final int NO_SHOW_GRACE_MINUTES = 30;
    static final int BOOKING_DAYS_AHEAD = 7;
    static final int ELDERLY_AGE = 60;
    static final String PRIORITY_FIRST = "FIRST";

    /** The defaults. */
    public static HallRules defaults() {
        return new HallRules(
                NO_SHOW_LIMIT,
                Duration.ofDays(NO_SHOW_WINDOW_DAYS),
                Duration.ofDays(NO_SHOW_BLOCK_DAYS),
                Duration.ofMinutes(NO_SHOW_GRACE_MINUTES),
                BOOKING_DAYS_AHEAD,
                ELDERLY_AGE,
                1);
    }

    /** The rules of a configuration; a bad value fails the component's activation with a message naming it. */
    static HallRules of(HallConfig config) {
        return new HallRules(
                positive(config.noShowLimit(), "noShowLimit"),
                Duration.ofDays(positive(config.noShowWindowDays(), "noShowWindowDays")),
                Duration.ofDays(positive(config.noShowBlockDays(), "noShowBlockDays")),
                Duration.ofMinutes(Math.max(0, config.noShowGraceMinutes())),
                positive(config.bookingDaysAhead(), "bookingDaysAhead"),
                positive(config.elderlyAge(), "elderlyAge"),
                priorityEvery(config.priorityRule()));
    }

    /** {@code FIRST} is 1; {@code EVERY_n} is n. */
    static int priorityEvery(String rule) {
        if (rule == null || rule.isBlank() || rule.strip().equalsIgnoreCase(PRIORITY_FIRST)) {
            return 1;
        }
        String text = rule.strip().toUpperCase(java.util.Locale.ROOT);
        if (text.startsWith("EVERY_")) {
            try {
                return positive(Integer.parseInt(text.substring(6)), "priorityRule");
            } catch (NumberFormatException e) {
                // fall through to the message
            }
        }
        throw HallException.of("hall.error.config", "priorityRule", rule);
    }

    private static int positive(int value, String name) {
        if (value < 1) {
            throw HallException.of("hall.error.config", name, value);
        }
        return value;
    }
}
