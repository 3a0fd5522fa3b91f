package org.tongban.helpdesk;

/**
 * The filters of a request list; null fields do not filter.
 *
 * @param jurisdictionCode the area (its subtree), required
 * @param teamId a team's requests
 * @param owner a helper's requests
 * @param state a {@link HelpStates} value, or {@code OPEN} for every open state
 * @param text a part of the number, the requester's name or the description
 * @param offset rows to skip
 * @param limit rows to return, at most 200
 */
public record RequestQuery(
        String jurisdictionCode,
        Long teamId,
        String owner,
        String state,
        HelpKind kind,
        HelpChannel channel,
        String text,
        int offset,
        int limit) {

    public static RequestQuery of(String jurisdictionCode) {
        return new RequestQuery(jurisdictionCode, null, null, null, null, null, null, 0, 50);
    }
}
