package org.tongban.helpdesk;

import java.time.Instant;
import java.util.List;

/**
 * A request for help as stored.
 *
 * @param id its id
 * @param number its number (BD…)
 * @param state a {@link HelpStates} value
 * @param version the workflow version a step must name
 * @param teamId the team it is with, or null
 * @param owner the helper who answers for it (assigned or first taker), or null
 * @param firstTaker who first took it (首问负责人), or null
 * @param matters the matters' names by code, in order
 * @param citizenAccount the public account that asked from the portal, or null
 * @param createdBy who registered it
 * @param firstContactAt when a helper first took it
 * @param closedAt when it was completed or terminated
 */
public record HelpRequest(
        long id,
        String number,
        HelpChannel channel,
        Requester requester,
        List<String> matterCodes,
        String project,
        String domain,
        HelpKind kind,
        Urgency urgency,
        String description,
        String jurisdictionCode,
        String hotlineTicket,
        String state,
        long version,
        Long teamId,
        String owner,
        String firstTaker,
        Long citizenAccount,
        String createdBy,
        Instant createdAt,
        Instant firstContactAt,
        Instant closedAt) {

    public boolean open() {
        return !HelpStates.COMPLETED.equals(state) && !HelpStates.TERMINATED.equals(state);
    }
}
