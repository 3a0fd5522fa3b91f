package org.tongban.catalogue;

/**
 * What the portal asks for when it lists published matters. {@code null} filters mean "any".
 *
 * @param jurisdictionCode the citizen's jurisdiction: matters implemented there and at each of its ancestors (a
 *     citizen of 历下区 sees the matters of 济南市 too)
 * @param departmentCode only matters of this department
 * @param audience only matters serving this audience
 * @param lifeEventCode only matters of this life event
 * @param text only matters whose name or code contains this text
 * @param page page number, from 0
 * @param size page size, 1 to {@value CatalogueLimits#MAX_PAGE_SIZE}
 */
public record MatterQuery(
        String jurisdictionCode,
        String departmentCode,
        ServedAudience audience,
        String lifeEventCode,
        String text,
        int page,
        int size) {

    /** All published matters seen from a jurisdiction, first page of 20. */
    public static MatterQuery of(String jurisdictionCode) {
        return new MatterQuery(jurisdictionCode, null, null, null, null, 0, 20);
    }
}
