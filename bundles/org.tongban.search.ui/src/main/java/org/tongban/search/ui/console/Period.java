package org.tongban.search.ui.console;

import java.time.LocalDate;

/**
 * A reporting period: whole days in the platform's time zone, both ends included.
 *
 * @param from the first day
 * @param to the last day
 */
record Period(LocalDate from, LocalDate to) {

    /** What the period picker offers. */
    enum Choice {
        LAST_7(7),
        LAST_30(30),
        LAST_90(90),
        CUSTOM(0);

        private final int days;

        Choice(int days) {
            this.days = days;
        }

        /** The message key of the choice's label. */
        String key() {
            return "search.console.analytics.period." + name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The last {@code days} days up to today, today included; {@code null} for a custom period. */
        Period upTo(LocalDate today) {
            return days == 0 ? null : new Period(today.minusDays(days - 1L), today);
        }
    }
}
