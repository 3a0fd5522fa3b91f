package org.tongban.search;

/**
 * One value of a facet.
 *
 * @param value what to filter on (a department or jurisdiction code, an audience, a life event name)
 * @param label what to show (the department's name; otherwise the value)
 * @param count number of matches with this value
 */
public record FacetValue(String value, String label, long count) {}
