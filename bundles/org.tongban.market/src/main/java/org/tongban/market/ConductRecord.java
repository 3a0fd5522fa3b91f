package org.tongban.market;

import java.time.LocalDate;
import org.tongban.credit.AppealState;

/**
 * A bad-conduct record of an agency, public, with its evidence and appeal.
 *
 * @param id its id
 * @param agencyId the agency
 * @param rule the rule applied
 * @param projectNumber the project it arose from, or {@code null}
 * @param evidence what shows it (dates, the refusal's text, the late days)
 * @param points points deducted
 * @param recordedOn the day
 * @param recordedBy {@code system} for a rule applied automatically, else the officer
 * @param appeal where an appeal stands; a revoked record no longer counts
 * @param appealReason the agency's reason, or {@code null}
 * @param appealDecision the decision's reasoning, or {@code null}
 */
public record ConductRecord(
        long id,
        long agencyId,
        ConductRule rule,
        String projectNumber,
        String evidence,
        int points,
        LocalDate recordedOn,
        String recordedBy,
        AppealState appeal,
        String appealReason,
        String appealDecision) {}
