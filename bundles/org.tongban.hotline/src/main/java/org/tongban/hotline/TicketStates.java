package org.tongban.hotline;

import java.util.Set;

/** The states of the {@code hotline} workflow (GB/T 33358: 受理 → 派单 → 签收 → 办理 → 答复 → 审核 → 办结 → 回访 → 评价). */
public final class TicketStates {
    /** 受理: taken, not yet dispatched. */
    public static final String RECEIVED = "RECEIVED";
    /** 派单: dispatched, waiting for the lead unit to sign. */
    public static final String DISPATCHED = "DISPATCHED";
    /** 办理: signed by the lead unit, being handled. */
    public static final String HANDLING = "HANDLING";
    /** 退单: the lead unit returned it; the office re-dispatches. */
    public static final String RETURNED = "RETURNED";
    /** 审核: the lead unit replied (答复); the office reviews. */
    public static final String REVIEW = "REVIEW";
    /** 办结: the office accepted the reply; waiting for the callback (回访). */
    public static final String CALLBACK = "CALLBACK";
    /** 评价: called back and rated, or the callback failed after every retry. */
    public static final String EVALUATED = "EVALUATED";
    /** 直办: answered at once from the knowledge base. */
    public static final String ANSWERED = "ANSWERED";
    /** 合并: a duplicate that follows the ticket it was merged into. */
    public static final String MERGED = "MERGED";

    /** The states in which the matter is done for the caller (Open311's {@code closed}). */
    public static final Set<String> CLOSED = Set.of(CALLBACK, EVALUATED, ANSWERED);

    private TicketStates() {}

    /** Open311's status of a state: {@code closed} once replied and accepted or answered, otherwise {@code open}. */
    public static PublicStatus publicStatus(String state) {
        return CLOSED.contains(state) ? PublicStatus.CLOSED : PublicStatus.OPEN;
    }
}
