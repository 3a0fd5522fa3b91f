package org.tongban.search;

/** Fields that results are counted by and can be filtered on. */
public enum FacetField {
    DEPARTMENT,
    JURISDICTION,
    AUDIENCE,
    LIFE_EVENT,
    /** The promised time limit with its unit ({@code 15 个工作日}, {@code 60 日}, {@code 即办件}). */
    PROMISED_LIMIT,
    /** The matter's type as its Chinese label ({@code 行政许可}, {@code 公共服务}). */
    MATTER_TYPE,
    /** How a matter is handled across regions ({@code 全程网办}, {@code 异地代收代办}, {@code 多地联办}); may be several. */
    CROSS_REGION_MODE
}
