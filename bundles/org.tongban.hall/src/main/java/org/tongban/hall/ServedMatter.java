package org.tongban.hall;

/**
 * A catalogue matter a window serves.
 *
 * @param code the matter's implementation code
 * @param name its published name
 */
public record ServedMatter(String code, String name) {}
