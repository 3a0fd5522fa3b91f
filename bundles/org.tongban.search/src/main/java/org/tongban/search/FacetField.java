package org.tongban.search;

/** Fields that results are counted by and can be filtered on. */
public enum FacetField {
    DEPARTMENT,
    JURISDICTION,
    AUDIENCE,
    LIFE_EVENT
}
