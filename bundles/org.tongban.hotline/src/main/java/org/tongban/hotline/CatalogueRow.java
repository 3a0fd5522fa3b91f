package org.tongban.hotline;

/**
 * One row of the catalogue as exported and imported (a spreadsheet's line): a category and, if routed, the unit
 * responsible for it in a jurisdiction.
 */
public record CatalogueRow(
        String categoryCode,
        String categoryName,
        String parentCode,
        boolean publicService,
        String jurisdictionCode,
        String unitCode) {}
