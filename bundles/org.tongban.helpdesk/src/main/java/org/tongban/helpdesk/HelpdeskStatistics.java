package org.tongban.helpdesk;

import java.util.List;

/**
 * The figures of the requests registered in a period over an area's subtree.
 *
 * @param total requests registered
 * @param open still open at the time of asking
 * @param completed completed (办结)
 * @param terminated terminated or withdrawn
 * @param averageFirstContactMinutes mean minutes from registration to the first helper taking it, over those taken
 * @param averageCompletionHours mean hours from registration to completion, over those completed
 * @param byKind per kind of help
 * @param byChannel per channel
 * @param byTeam per team (the name; requests with no team yet under 未分派)
 * @param byArea per area (jurisdiction code)
 */
public record HelpdeskStatistics(
        long total,
        long open,
        long completed,
        long terminated,
        double averageFirstContactMinutes,
        double averageCompletionHours,
        List<Row> byKind,
        List<Row> byChannel,
        List<Row> byTeam,
        List<Row> byArea) {

    /**
     * The figures of one group.
     *
     * @param key the group (a kind or channel name, a team's name, an area code)
     * @param total requests
     * @param completed completed
     */
    public record Row(String key, long total, long completed) {}
}
