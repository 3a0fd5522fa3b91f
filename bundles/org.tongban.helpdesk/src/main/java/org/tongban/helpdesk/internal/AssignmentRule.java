package org.tongban.helpdesk.internal;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;
import org.tongban.helpdesk.Team;

/**
 * Which teams may get a request automatically: the active teams whose service area covers the request's area; of
 * those, the teams of the request's domain if there are any, else the general teams, else all; of those, the teams
 * nearest to the area (the deepest in the tree: a street's grid helpers before the district's, the district's before
 * the city's task force). The helper is then the member of these teams with the fewest open requests.
 */
final class AssignmentRule {
    private AssignmentRule() {}

    static List<Team> candidates(
            List<Team> active,
            String area,
            String domain,
            BiPredicate<String, String> covers,
            ToIntFunction<String> depth) {
        List<Team> covering = active.stream()
                .filter(t -> covers.test(t.jurisdictionCode(), area))
                .toList();
        List<Team> ofDomain =
                covering.stream().filter(t -> t.domain().equals(domain)).toList();
        if (ofDomain.isEmpty()) {
            ofDomain = covering.stream()
                    .filter(t -> t.domain().equals(Teams.GENERAL))
                    .toList();
        }
        if (ofDomain.isEmpty()) {
            ofDomain = covering;
        }
        int deepest = ofDomain.stream()
                .mapToInt(t -> depth.applyAsInt(t.jurisdictionCode()))
                .max()
                .orElse(-1);
        return ofDomain.stream()
                .filter(t -> depth.applyAsInt(t.jurisdictionCode()) == deepest)
                .sorted(Comparator.comparing(Team::code))
                .toList();
    }
}
