package org.tongban.hotline;

/**
 * A responsible unit (承办单位): a department or a street office.
 *
 * @param jurisdictionCode where it is responsible; it may take only tickets whose place lies there
 * @param parentCode the unit it belongs to (a district bureau's section), or null
 * @param leader the user name supervision escalates to, or null
 */
public record Unit(String code, String name, String jurisdictionCode, String parentCode, String leader) {}
