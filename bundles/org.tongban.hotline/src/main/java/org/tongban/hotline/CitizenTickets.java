package org.tongban.hotline;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Tickets that citizens file themselves: a signed-in public account through the portal or the mobile app, or anyone
 * through the anonymous web form. No staff permission is involved: the account is the filer, and it reads only the
 * tickets it filed (another one reads as not there). Every ticket is received, audited and numbered like an agent's.
 *
 * @since 1.2
 */
@ProviderType
public interface CitizenTickets {
    /** The most tickets one list returns. */
    int MAX_LIST = 100;

    /**
     * Files a ticket for a public account; the channel must be {@link Channel#PORTAL} or {@link Channel#MOBILE}.
     *
     * @throws HotlineException for bad input, with nothing stored
     */
    CitizenTicket file(long accountId, NewTicket ticket);

    /**
     * Files a ticket from the anonymous web form ({@link Channel#WEB_FORM}); at most the city's {@code webFormPerHour}
     * tickets per client address and hour, else {@code hotline.error.webFormRate}.
     *
     * @param clientAddress the client's network address; only its hash is kept
     */
    CitizenTicket fileAnonymously(NewTicket ticket, String clientAddress);

    /** The account's tickets, newest first, at most {@code limit} (1 to {@link #MAX_LIST}). */
    List<CitizenTicket> tickets(long accountId, int limit);

    /** One of the account's tickets; empty for an unknown one or another's. */
    Optional<CitizenTicket> ticket(long accountId, String number);
}
