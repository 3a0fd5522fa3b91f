package org.tongban.helpdesk;

import java.time.Instant;

/**
 * The rating of a closed request by the person helped, given once.
 *
 * @param requestId the request
 * @param rating the level
 * @param comment what they said, or null
 * @param recordedBy {@code citizen:<account>} when they rated from the portal or the mobile API, else the helper who
 *     recorded it at the window
 * @param ratedAt when
 * @since 1.2
 */
public record RequestRating(long requestId, HelpRating rating, String comment, String recordedBy, Instant ratedAt) {}
