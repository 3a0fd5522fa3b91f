package org.tongban.hotline;

import java.time.Instant;
import java.util.List;

/**
 * A ticket as the current user may see it. Text fields are as given; whoever shows them escapes them.
 *
 * @param number the ticket number ({@code RX} series)
 * @param callerName the caller's name; null for a unit when the caller is confidential
 * @param callerPhone masked ({@code 138****5678}) without {@link HotlinePermissions#CALLER}; null for a unit when the
 *     caller is confidential
 * @param callerHidden true when the caller was withheld from this user because the caller is confidential
 * @param state a state of {@link TicketStates}
 * @param version the workflow version a step must name
 * @param answer the 直办 answer or the lead unit's accepted reply
 * @param articleId the knowledge-base article a 直办 answer cites
 * @param mergedInto the ticket this duplicate was merged into, or null
 * @param signDue the lead unit's signing limit, while it has not signed
 * @param handleDue the handling limit once signed (with approved extensions)
 * @param warning where the ticket stands against the limit that runs now
 * @param supervised whether the ticket was supervised (督办) for being overdue
 * @param reopened how often a dissatisfied caller reopened it (at most once)
 * @param resolved the caller's rating at the callback: was the matter resolved
 * @param satisfaction the caller's satisfaction, 1 (非常不满意) to 5 (非常满意), or null
 * @param callbackAttempts unanswered callback attempts so far
 */
public record Ticket(
        String number,
        Channel channel,
        TicketType type,
        Urgency urgency,
        Place place,
        String callerName,
        String callerPhone,
        boolean confidential,
        boolean callerHidden,
        String description,
        String categoryCode,
        String state,
        long version,
        Instant receivedAt,
        String receivedBy,
        String answer,
        String articleId,
        String mergedInto,
        Instant signDue,
        Instant handleDue,
        Warning warning,
        boolean supervised,
        int reopened,
        Boolean resolved,
        Integer satisfaction,
        int callbackAttempts,
        List<Assignment> assignments) {

    /** Open311's status. */
    public PublicStatus publicStatus() {
        return TicketStates.publicStatus(state);
    }

    /**
     * The article the answer the caller gets cites: the 直办 answer's, else the lead unit's reply's once that reply is
     * the answer; null when it cites none.
     */
    public String answerArticleId() {
        if (articleId != null || answer == null) {
            return articleId;
        }
        return lead().filter(a -> answer.equals(a.reply()))
                .map(Assignment::articleId)
                .orElse(null);
    }

    /** The active lead unit, if dispatched. */
    public java.util.Optional<Assignment> lead() {
        return assignments.stream()
                .filter(a -> a.active() && a.role() == AssignmentRole.LEAD && a.parentUnitCode() == null)
                .findFirst();
    }
}
