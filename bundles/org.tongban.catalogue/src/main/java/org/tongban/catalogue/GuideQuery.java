package org.tongban.catalogue;

/**
 * What the console asks for when it lists guides. {@code null} filters mean "any".
 *
 * @param jurisdictionCode matters implemented in this jurisdiction's subtree; the caller needs
 *     {@link CataloguePermissions#READ} for it
 * @param status only matters whose newest version has this status
 * @param departmentCode only matters of this department
 * @param text only matters whose name, code or base code contains this text
 * @param page page number, from 0
 * @param size page size, 1 to {@value CatalogueLimits#MAX_PAGE_SIZE}
 */
public record GuideQuery(
        String jurisdictionCode, GuideStatus status, String departmentCode, String text, int page, int size) {

    /** All guides of a jurisdiction's subtree, first page of 20. */
    public static GuideQuery of(String jurisdictionCode) {
        return new GuideQuery(jurisdictionCode, null, null, null, 0, 20);
    }
}
