package org.tongban.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A case (办件) as it may be shown: the applicant and agent masked.
 *
 * @param number the case number, series {@code SL} ({@code SL<jurisdiction><date><sequence>})
 * @param matterCode the matter
 * @param matterName its name in the pinned guide version
 * @param guideVersion the published guide version pinned at receipt
 * @param departmentCode the handling department, whose queue the case is in
 * @param applicant the applicant, masked
 * @param agent the agent, masked, or null
 * @param channel where it came in
 * @param receivingJurisdiction where it was received (and the result is handed over)
 * @param processingJurisdiction where it is decided; the workflow's jurisdiction
 * @param answers the situation answers
 * @param checklist the materials, in the guide's order
 * @param state the workflow state
 * @param version the workflow version a step must name
 * @param groupId the life-event application this case belongs to, or null
 * @param assignee the reviewer who holds the case, or null
 * @param pledge whether the case was decided on the applicant's pledge (告知承诺)
 * @param receivedAt when it was received
 */
public record IntakeCase(
        String number,
        String matterCode,
        String matterName,
        int guideVersion,
        String departmentCode,
        Applicant applicant,
        Agent agent,
        Channel channel,
        String receivingJurisdiction,
        String processingJurisdiction,
        Map<String, String> answers,
        List<ChecklistItem> checklist,
        String state,
        long version,
        String groupId,
        String assignee,
        boolean pledge,
        Instant receivedAt) {
    public IntakeCase {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    /** Whether a tolerated material is still missing, which holds the result back (出件). */
    public boolean resultHeld() {
        return checklist.stream().anyMatch(i -> i.state() == MaterialState.TOLERATED && i.suppliedAt() == null);
    }

    /** Whether it was received at another jurisdiction than the one that decides (异地代收). */
    public boolean crossRegion() {
        return !receivingJurisdiction.equals(processingJurisdiction);
    }
}
