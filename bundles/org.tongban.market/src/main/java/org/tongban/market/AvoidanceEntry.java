package org.tongban.market;

/**
 * A line of the avoidance list (回避名单): the agency may not serve projects of the party (an owner or an approving
 * department), for example because they are related.
 *
 * @param id its id
 * @param partyCreditCode the owner's or department's credit code
 * @param agencyCreditCode the agency's credit code
 * @param relation why, for example 同一法定代表人
 */
public record AvoidanceEntry(long id, String partyCreditCode, String agencyCreditCode, String relation) {}
