package org.tongban.search;

import java.util.List;

/**
 * Counts of matches per value of one field, largest first.
 *
 * @param field the field
 * @param values values with their counts
 */
public record Facet(FacetField field, List<FacetValue> values) {

    public Facet {
        values = List.copyOf(values);
    }
}
