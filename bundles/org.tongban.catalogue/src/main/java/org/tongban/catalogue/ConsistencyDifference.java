package org.tongban.catalogue;

import java.util.Map;

/**
 * One field on which the implementations of the same base matter disagree.
 *
 * @param field the field's Chinese label, for example {@code 法定时限（工作日）} or {@code 材料「房屋租赁合同」}
 * @param values the value of each implementation as text, keyed by implementation code, in the group's order; empty
 *     text when the implementation lacks the field (for example a material it does not ask for)
 */
public record ConsistencyDifference(String field, Map<String, String> values) {}
