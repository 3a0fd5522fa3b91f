package org.tongban.hotline;

/**
 * A ticket as an agent or a channel takes it.
 *
 * @param channel where it came in
 * @param type what the caller wants
 * @param urgency how fast
 * @param place where the matter is
 * @param caller who called
 * @param description what the caller said, at most {@value HotlineService#DESCRIPTION_LIMIT} characters; stored as
 *     given, escaped by whatever shows it
 * @param categoryCode the dispatch catalogue's category, or null until dispatch
 */
public record NewTicket(
        Channel channel,
        TicketType type,
        Urgency urgency,
        Place place,
        Caller caller,
        String description,
        String categoryCode) {}
