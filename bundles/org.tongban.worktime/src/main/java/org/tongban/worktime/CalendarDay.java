package org.tongban.worktime;

import java.time.LocalDate;

/**
 * One day of a jurisdiction's calendar as a month view shows it: whether it is worked, why, and under which name.
 *
 * @param date the day
 * @param kind why the day is worked or not
 * @param name the holiday or make-up day's name in the State Council's notice (国庆节), or the reason a jurisdiction
 *     gave for its local day; {@code null} for an ordinary weekday or weekend
 * @param setBy the jurisdiction that set a local day, or {@code null} for national days and ordinary days
 * @param provisional whether the day lies in a year without the notice, counted weekends only
 * @since 3.3
 */
public record CalendarDay(LocalDate date, Kind kind, String name, String setBy, boolean provisional) {

    /** Whether the day is a working day. */
    public boolean working() {
        return kind.working;
    }

    /** Why a day is worked or not, nearest rule first: a local day overrides the notice, the notice the weekend. */
    public enum Kind {
        /** Monday to Friday, nothing else applying. */
        WORKDAY(true),
        /** Saturday or Sunday, nothing else applying. */
        WEEKEND(false),
        /** A holiday of the State Council's notice (法定节假日). */
        HOLIDAY(false),
        /** A weekend day the notice makes a working day (调休上班). */
        MAKE_UP_WORKDAY(true),
        /** An extra day off set by a jurisdiction (地方休息日). */
        LOCAL_DAY_OFF(false),
        /** An extra working day set by a jurisdiction (地方工作日). */
        LOCAL_WORKDAY(true);

        private final boolean working;

        Kind(boolean working) {
            this.working = working;
        }
    }
}
