package org.tongban.catalogue.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.tongban.catalogue.Limit;

/**
 * Whether one limit always ends no later than another, whatever day it starts on. Each limit is bounded by the fewest
 * and the most natural days it can take: a working day is at least a day, and five working days take at most a week
 * plus the longest run of extra days off in a year (the Spring Festival, {@value #LONGEST_BREAK} days); a period in
 * natural days or months whose last day is a day off ends on the next working day (民法典 第二百零三条), which matters
 * only against a limit in working units (against each other, moving both ends forward keeps their order).
 */
final class LimitSpans {
    /** The comparison of two limits. */
    enum Order {
        WITHIN,
        BEYOND,
        UNDECIDABLE
    }

    static final int LONGEST_BREAK = 9;

    private LimitSpans() {}

    /** How {@code limit} relates to {@code bound}: always within it, always beyond it, or it depends on the dates. */
    static Order compare(Limit limit, Limit bound) {
        if (limit.unit() == bound.unit()) {
            return limit.amount() <= bound.amount() ? Order.WITHIN : Order.BEYOND;
        }
        boolean roll = !(calendar(limit.unit()) && calendar(bound.unit()));
        if (most(limit, roll) <= fewest(bound)) {
            return Order.WITHIN;
        }
        if (fewest(limit) > most(bound, roll)) {
            return Order.BEYOND;
        }
        return Order.UNDECIDABLE;
    }

    private static boolean calendar(Limit.Unit unit) {
        return unit == Limit.Unit.NATURAL_DAYS || unit == Limit.Unit.MONTHS;
    }

    static long fewest(Limit limit) {
        int n = limit.amount();
        return switch (limit.unit()) {
            case WORKING_DAYS, NATURAL_DAYS -> n;
            case MONTHS -> monthDays(n, true);
            case NATURAL_HOURS, WORKING_HOURS -> n / 24;
        };
    }

    static long most(Limit limit, boolean roll) {
        int n = limit.amount();
        int rolled = roll ? LONGEST_BREAK : 0;
        return switch (limit.unit()) {
            case WORKING_DAYS -> workingDays(n);
            case NATURAL_DAYS -> n + rolled;
            case MONTHS -> monthDays(n, false) + rolled;
            case NATURAL_HOURS -> (n + 23) / 24;
            // An office day has at least a few hours; counting one working day per started office hour is safe.
            case WORKING_HOURS -> workingDays(n) + 1;
        };
    }

    private static long workingDays(int n) {
        return n == 0 ? 0 : n + 2L * (n / 5 + 1) + LONGEST_BREAK;
    }

    // Over four years (one of them a leap year), every start date: months are 28 to 31 days.
    private static long monthDays(int months, boolean fewest) {
        long best = fewest ? Long.MAX_VALUE : 0;
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (LocalDate d = start; d.isBefore(start.plusYears(4)); d = d.plusDays(1)) {
            long days = ChronoUnit.DAYS.between(d, d.plusMonths(months));
            best = fewest ? Math.min(best, days) : Math.max(best, days);
        }
        return best;
    }
}
