package org.tongban.search;

/** Fields that results are counted by and can be filtered on. */
public enum FacetField {
    DEPARTMENT,
    JURISDICTION,
    AUDIENCE,
    LIFE_EVENT,
    /** The promised time limit with its unit ({@code 15 个工作日}, {@code 60 日}, {@code 即办件}). */
    PROMISED_LIMIT
}
