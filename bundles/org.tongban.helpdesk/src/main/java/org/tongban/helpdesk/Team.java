package org.tongban.helpdesk;

import java.util.List;

/**
 * A helper team.
 *
 * @param code its code, unique in the city
 * @param level city, district, street or community
 * @param domain the domain it serves ({@code general} for every domain)
 * @param jurisdictionCode its service area: the requests of this jurisdiction's subtree
 * @param leader the username of its leader
 * @param members its active members
 */
public record Team(
        long id,
        String code,
        String name,
        TeamLevel level,
        String domain,
        String jurisdictionCode,
        String leader,
        boolean active,
        List<Member> members) {

    /**
     * A member of a team.
     *
     * @param username the staff account
     * @param displayName the name shown
     * @param openRequests the requests the helper answers for now, in every team
     */
    public record Member(String username, String displayName, int openRequests) {}
}
