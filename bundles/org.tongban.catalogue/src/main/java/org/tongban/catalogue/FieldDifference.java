package org.tongban.catalogue;

/**
 * One field that differs between two versions of a guide.
 *
 * @param field the field's Chinese label, for example {@code 承诺时限（工作日）} or {@code 材料「房屋租赁合同」：复印件份数}
 * @param before the value in the older version as text, empty when the field was absent
 * @param after the value in the newer version as text, empty when the field is gone
 */
public record FieldDifference(String field, String before, String after) {}
