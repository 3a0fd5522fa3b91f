package org.tongban.catalogue;

import java.util.List;

/**
 * A line of a list of matters: enough to show it and link to its guide.
 *
 * @param code implementation code
 * @param baseCode base catalogue code
 * @param name name
 * @param type kind of power or service
 * @param audiences whom it serves
 * @param jurisdictionCode implementing jurisdiction
 * @param departmentCode owning department's code
 * @param departmentName owning department's name, or the code when the department is unknown
 * @param promisedLimit promised time limit with its unit
 * @param instant whether it is decided on the spot
 * @param visits number of visits required
 * @param onlineDepth how far it can be handled online
 */
public record MatterSummary(
        String code,
        String baseCode,
        String name,
        MatterType type,
        List<ServedAudience> audiences,
        String jurisdictionCode,
        String departmentCode,
        String departmentName,
        Limit promisedLimit,
        boolean instant,
        int visits,
        OnlineDepth onlineDepth) {
    public MatterSummary {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
    }
}
