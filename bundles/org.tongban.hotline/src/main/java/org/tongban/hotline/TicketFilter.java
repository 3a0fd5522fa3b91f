package org.tongban.hotline;

import java.time.Instant;
import java.util.Set;

/**
 * What to list; every field null (or empty) means "any". The filters of Open311's {@code GET requests} map onto it.
 *
 * @param numbers these tickets only
 * @param states workflow states
 * @param status the public status
 * @param categoryCode the category (Open311 {@code service_code}), with its sub-categories
 * @param receivedFrom received at or after
 * @param receivedBefore received before
 * @param unitCode tickets dispatched to this unit (and its sub-units)
 * @param jurisdictionCode places in this jurisdiction's subtree
 * @param overdueOnly only tickets past their limit
 */
public record TicketFilter(
        Set<String> numbers,
        Set<String> states,
        PublicStatus status,
        String categoryCode,
        Instant receivedFrom,
        Instant receivedBefore,
        String unitCode,
        String jurisdictionCode,
        boolean overdueOnly) {
    /** Everything the user may see. */
    public static final TicketFilter ALL = new TicketFilter(null, null, null, null, null, null, null, null, false);

    public TicketFilter withUnit(String unit) {
        return new TicketFilter(
                numbers,
                states,
                status,
                categoryCode,
                receivedFrom,
                receivedBefore,
                unit,
                jurisdictionCode,
                overdueOnly);
    }

    public TicketFilter withStatus(PublicStatus value) {
        return new TicketFilter(
                numbers,
                states,
                value,
                categoryCode,
                receivedFrom,
                receivedBefore,
                unitCode,
                jurisdictionCode,
                overdueOnly);
    }

    public TicketFilter withStates(Set<String> value) {
        return new TicketFilter(
                numbers,
                value,
                status,
                categoryCode,
                receivedFrom,
                receivedBefore,
                unitCode,
                jurisdictionCode,
                overdueOnly);
    }

    public TicketFilter withCategory(String value) {
        return new TicketFilter(
                numbers, states, status, value, receivedFrom, receivedBefore, unitCode, jurisdictionCode, overdueOnly);
    }

    public TicketFilter withNumbers(Set<String> value) {
        return new TicketFilter(
                value,
                states,
                status,
                categoryCode,
                receivedFrom,
                receivedBefore,
                unitCode,
                jurisdictionCode,
                overdueOnly);
    }

    public TicketFilter receivedBetween(Instant from, Instant before) {
        return new TicketFilter(
                numbers, states, status, categoryCode, from, before, unitCode, jurisdictionCode, overdueOnly);
    }

    public TicketFilter overdue() {
        return new TicketFilter(
                numbers, states, status, categoryCode, receivedFrom, receivedBefore, unitCode, jurisdictionCode, true);
    }
}
