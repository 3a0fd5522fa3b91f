package org.tongban.credit;

import java.time.LocalDate;

/**
 * A credit record as read: the applicant's identifier is masked (a person's identity number keeps its first six and
 * last four characters; an organisation's credit code is public and shown whole).
 *
 * @param id the record's id
 * @param applicant the applicant's identifier, masked
 * @param type what it is about
 * @param source who reported it: a case number, a department, an imported list
 * @param detail what happened, plain text
 * @param jurisdictionCode the jurisdiction that recorded it
 * @param recordedOn the day it takes effect
 * @param expiresOn the first day it no longer counts
 * @param recordedBy who recorded it
 * @param appeal where an appeal stands
 * @param appealReason the applicant's reason, or {@code null}
 * @param appealDecision the decision's reasoning, or {@code null}
 */
public record CreditRecord(
        long id,
        String applicant,
        CreditType type,
        String source,
        String detail,
        String jurisdictionCode,
        LocalDate recordedOn,
        LocalDate expiresOn,
        String recordedBy,
        AppealState appeal,
        String appealReason,
        String appealDecision) {

    /** Whether the record counts against the applicant on that day. */
    public boolean inForce(LocalDate day) {
        return appeal != AppealState.REVOKED && !day.isBefore(recordedOn) && day.isBefore(expiresOn);
    }
}
