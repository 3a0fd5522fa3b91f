package org.tongban.helpdesk;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The help desk for signed-in citizens and enterprises (the portal and the mobile API). The caller passes the public
 * account it signed in and the requester as that account is registered; no staff permission is needed, and an account
 * sees only its own requests.
 */
@ProviderType
public interface CitizenHelp {

    /**
     * Asks for help: the request is registered with channel {@link HelpChannel#PORTAL} or {@link HelpChannel#MOBILE},
     * checked as a clerk's would be, and waits for a helper of its area.
     */
    HelpRequest ask(long accountId, NewRequest request);

    /** The account's requests, newest first. */
    List<HelpRequest> mine(long accountId);

    /** The timeline of one of the account's own requests; another account's reads as not found. */
    List<TimelineEntry> timeline(long accountId, long requestId);

    /**
     * One of the account's own requests; another account's reads as not found.
     *
     * @since 1.2
     */
    HelpRequest request(long accountId, long requestId);

    /**
     * Rates one of the account's own requests once it is completed or terminated; once per request.
     *
     * @since 1.2
     */
    RequestRating rate(long accountId, long requestId, HelpRating rating, String comment);

    /**
     * The rating of one of the account's own requests, if given.
     *
     * @since 1.2
     */
    java.util.Optional<RequestRating> rating(long accountId, long requestId);
}
