package org.tongban.hotline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads tickets as the current user may see them: the office ({@link HotlinePermissions#READ}) in its jurisdiction, a
 * unit's member the tickets dispatched to the unit or its sub-units. Another ticket reads as not there.
 */
@ProviderType
public interface HotlineQueries {
    Optional<Ticket> find(String number);

    /**
     * Tickets matching the filter, newest first; {@code size} 1 to 200. The page's total is counted only up to {@link
     * Page#COUNT_LIMIT}: beyond it the page is {@link Page#capped()} (counting a big city's every match cost seconds).
     */
    Page<Ticket> list(TicketFilter filter, int page, int size);

    /**
     * How many tickets match the filter, exactly, for figures that need the number itself (the big screen's tiles);
     * scoped as {@link #list}. Counting every match of a broad filter over years of tickets takes time: prefer a
     * narrow one (a period, a state).
     *
     * @since 1.4
     */
    long count(TicketFilter filter);

    /** The ticket's history, oldest first. */
    List<HistoryStep> history(String number);

    /** Open tickets like an existing one (not itself, nor those already merged), best first. */
    List<SimilarTicket> similarTo(String number);

    /** Open tickets like a ticket being taken, before it is saved, best first. */
    List<SimilarTicket> similarTo(NewTicket ticket);

    /**
     * The KPIs of the units of a jurisdiction over tickets dispatched on the days (Beijing time) of [{@code from},
     * {@code to}): whole days, from the day of {@code from} to the day of {@code to}'s last moment. Read from sums kept
     * as tickets move, not counted from the tickets.
     */
    List<UnitKpi> unitKpis(String jurisdictionCode, Instant from, Instant to);

    /**
     * The tickets received in {@code [from, to)} whose place lies under the jurisdiction, counted by category, place,
     * type, day and state; needs {@link HotlinePermissions#READ} there.
     *
     * @since 1.2
     */
    TicketCounts counts(String jurisdictionCode, Instant from, Instant to);
}
