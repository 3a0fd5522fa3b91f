package org.tongban.hotline;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the hotline publishes without login (Open311's {@code services} and {@code requests}): the public categories
 * and the tickets that may be shown, never a caller, a 举报 or a confidential caller's ticket.
 *
 * @since 1.1
 */
@ProviderType
public interface PublicHotline {
    /** The most tickets one list returns. */
    int MAX_TICKETS = 1000;

    /** The categories marked {@link Category#publicService()}, by code. */
    List<Category> publicCategories();

    /** A published ticket; empty for an unknown or unpublished one. */
    Optional<PublicTicket> ticket(String number);

    /**
     * Published tickets matching the filter's numbers, category, received period and status (other fields ignored),
     * newest first, at most {@code limit} (1 to {@link #MAX_TICKETS}).
     */
    List<PublicTicket> tickets(TicketFilter filter, int limit);
}
