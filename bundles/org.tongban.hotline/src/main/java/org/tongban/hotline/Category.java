package org.tongban.hotline;

/**
 * A node of the dispatch catalogue's tree.
 *
 * @param code letters, digits, {@code -} and {@code .}; Open311's {@code service_code}
 * @param parentCode null for a root
 * @param publicService whether citizens and Open311 clients may choose it
 */
public record Category(String code, String parentCode, String name, boolean publicService) {}
