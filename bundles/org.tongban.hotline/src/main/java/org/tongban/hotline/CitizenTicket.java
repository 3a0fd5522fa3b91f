package org.tongban.hotline;

import java.time.Instant;

/**
 * A ticket as the citizen who filed it follows it: where it stands, the reply and the rating, never the units' inner
 * steps.
 *
 * @param number the ticket number
 * @param channel where it was filed
 * @param type 咨询, 投诉 ...
 * @param address the place as given
 * @param description what the citizen wrote, as given (whoever shows it escapes it)
 * @param confidential whether the citizen asked that the units not learn who filed it
 * @param state a state of {@link TicketStates}
 * @param status open or closed
 * @param answer the accepted reply or the 直办 answer once closed, else null
 * @param resolved the callback's rating: was the matter resolved, or null before it
 * @param satisfaction 1 to 5 from the callback, or null
 * @param receivedAt when it was filed
 * @param articleId the knowledge-base article the answer cites once closed, else null; whoever shows it to the
 *     citizen shows it only when the article is public
 */
public record CitizenTicket(
        String number,
        Channel channel,
        TicketType type,
        String address,
        String description,
        boolean confidential,
        String state,
        PublicStatus status,
        String answer,
        Boolean resolved,
        Integer satisfaction,
        Instant receivedAt,
        String articleId) {

    /** A ticket whose answer cites no article. */
    public CitizenTicket(
            String number,
            Channel channel,
            TicketType type,
            String address,
            String description,
            boolean confidential,
            String state,
            PublicStatus status,
            String answer,
            Boolean resolved,
            Integer satisfaction,
            Instant receivedAt) {
        this(
                number,
                channel,
                type,
                address,
                description,
                confidential,
                state,
                status,
                answer,
                resolved,
                satisfaction,
                receivedAt,
                null);
    }

    /** What the citizen may read of a ticket. */
    public static CitizenTicket of(Ticket t) {
        PublicStatus status = t.publicStatus();
        return new CitizenTicket(
                t.number(),
                t.channel(),
                t.type(),
                t.place().address(),
                t.description(),
                t.confidential(),
                t.state(),
                status,
                status == PublicStatus.CLOSED ? t.answer() : null,
                t.resolved(),
                t.satisfaction(),
                t.receivedAt(),
                status == PublicStatus.CLOSED ? t.answerArticleId() : null);
    }
}
