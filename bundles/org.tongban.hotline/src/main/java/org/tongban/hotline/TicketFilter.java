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
 * @param type this type only
 * @param urgency this urgency only
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
        boolean overdueOnly,
        TicketType type,
        Urgency urgency) {
    /** Everything the user may see. */
    public static final TicketFilter ALL = new TicketFilter(null, null, null, null, null, null, null, null, false);

    /** A filter of any type and urgency. */
    public TicketFilter(
            Set<String> numbers,
            Set<String> states,
            PublicStatus status,
            String categoryCode,
            Instant receivedFrom,
            Instant receivedBefore,
            String unitCode,
            String jurisdictionCode,
            boolean overdueOnly) {
        this(
                numbers,
                states,
                status,
                categoryCode,
                receivedFrom,
                receivedBefore,
                unitCode,
                jurisdictionCode,
                overdueOnly,
                null,
                null);
    }

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
                overdueOnly,
                type,
                urgency);
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
                overdueOnly,
                type,
                urgency);
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
                overdueOnly,
                type,
                urgency);
    }

    public TicketFilter withCategory(String value) {
        return new TicketFilter(
                numbers,
                states,
                status,
                value,
                receivedFrom,
                receivedBefore,
                unitCode,
                jurisdictionCode,
                overdueOnly,
                type,
                urgency);
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
                overdueOnly,
                type,
                urgency);
    }

    public TicketFilter receivedBetween(Instant from, Instant before) {
        return new TicketFilter(
                numbers,
                states,
                status,
                categoryCode,
                from,
                before,
                unitCode,
                jurisdictionCode,
                overdueOnly,
                type,
                urgency);
    }

    public TicketFilter overdue() {
        return new TicketFilter(
                numbers,
                states,
                status,
                categoryCode,
                receivedFrom,
                receivedBefore,
                unitCode,
                jurisdictionCode,
                true,
                type,
                urgency);
    }

    public TicketFilter withType(TicketType value) {
        return new TicketFilter(
                numbers,
                states,
                status,
                categoryCode,
                receivedFrom,
                receivedBefore,
                unitCode,
                jurisdictionCode,
                overdueOnly,
                value,
                urgency);
    }

    public TicketFilter withUrgency(Urgency value) {
        return new TicketFilter(
                numbers,
                states,
                status,
                categoryCode,
                receivedFrom,
                receivedBefore,
                unitCode,
                jurisdictionCode,
                overdueOnly,
                type,
                value);
    }

    public TicketFilter withJurisdiction(String value) {
        return new TicketFilter(
                numbers,
                states,
                status,
                categoryCode,
                receivedFrom,
                receivedBefore,
                unitCode,
                value,
                overdueOnly,
                type,
                urgency);
    }
}
