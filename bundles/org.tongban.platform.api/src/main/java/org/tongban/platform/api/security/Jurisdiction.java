package org.tongban.platform.api.security;

/**
 * A node of the jurisdiction tree, keyed by its GB/T 2260 division code.
 *
 * @param code division code: 6 digits for province, city and county, 9 for town or street, 12 for village or community
 * @param name official name, for example 历下区
 * @param level where it sits in the tree
 * @param parentCode the parent's code, or {@code null} for a root
 */
public record Jurisdiction(String code, String name, Level level, String parentCode) {

    /** The five levels a matter can be handled at. */
    public enum Level {
        PROVINCE,
        CITY,
        COUNTY,
        TOWN,
        VILLAGE
    }
}
