package org.tongban.hotline;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Changes tickets. Every step checks the user's permission itself (the office at the ticket's place, a unit's member
 * for the unit's own assignment), names the version it was decided on (else "已被他人处理"), writes the ticket, the
 * workflow's history, the audit entry and the event in one transaction, or nothing. Bad input throws {@link
 * HotlineException}.
 */
@ProviderType
public interface HotlineService {
    /** Open311's limit and the hotline's: a description of at most this many characters. */
    int DESCRIPTION_LIMIT = 4000;

    /** 受理: takes a ticket ({@link HotlinePermissions#ACCEPT} at the place). */
    Ticket receive(NewTicket ticket);

    /**
     * 直办: answers at once from a knowledge-base article in force that the agent may read, cites it (its version is
     * kept with the ticket) and closes the ticket; counts as a use of the article.
     */
    Ticket answerDirectly(String number, long version, String articleId, String answer);

    /** 派单 (or re-dispatch after 退单): one lead unit and any assisting units, each covering the ticket's place. */
    Ticket dispatch(String number, long version, String categoryCode, String leadUnit, List<String> assistingUnits);

    /** A unit hands its part on to one of its sub-units, within its own jurisdiction. */
    Ticket subDispatch(String number, String fromUnit, String toUnit);

    /** 签收 by a unit the ticket was dispatched to; the lead unit's signature starts the handling limit. */
    Ticket sign(String number, long version, String unitCode);

    /** 退单: the lead unit is not responsible, within the return limit, with a reason. */
    Ticket giveBack(String number, long version, String unitCode, String reason);

    /** 答复: an assisting unit's contribution, or the lead unit's reply for the office to review. */
    Ticket reply(String number, long version, String unitCode, String reply);

    /**
     * 答复 citing a knowledge-base article in force (null for none), which counts as a use of the article.
     *
     * @since 1.3
     */
    Ticket reply(String number, long version, String unitCode, String reply, String articleId);

    /** 延期申请 by the lead unit: extra working days and why. */
    Ticket requestExtension(String number, long version, String unitCode, int days, String reason);

    /** The office approves or refuses the pending extension request. */
    Ticket decideExtension(String number, long version, boolean approve, String reason);

    /** 审核 passed: 办结; the ticket (and its merged duplicates) wait for the callback. */
    Ticket approve(String number, long version, String comment);

    /** 重办: the office sends the reply back to the lead unit with a reason. */
    Ticket sendBack(String number, long version, String reason);

    /** 回访: records the callback; unreachable ones are retried by a timer, a dissatisfied caller may reopen once. */
    Ticket callback(String number, long version, Callback callback);

    /** 合并: the duplicate follows {@code into}; both callers keep their tickets and get the reply. */
    Ticket merge(String duplicate, long version, String into);

    /** The caller's full number ({@link HotlinePermissions#CALLER}); audited. */
    String revealCaller(String number);
}
