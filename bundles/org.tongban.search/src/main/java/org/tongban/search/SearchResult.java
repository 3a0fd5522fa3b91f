package org.tongban.search;

import java.util.List;
import java.util.Optional;

/**
 * One page of hits with facet counts over all matches.
 *
 * @param hits this page's hits, best first
 * @param facets counts per facet field over all matches, in the order of {@link FacetField}
 * @param total number of matching documents
 * @param didYouMean a corrected query ("您是不是要找"), or null when the query looks right
 */
public record SearchResult(List<SearchHit> hits, List<Facet> facets, long total, String didYouMean) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /** The corrected query, if one is proposed. */
    public Optional<String> suggestion() {
        return Optional.ofNullable(didYouMean);
    }

    /** The facet of this field (empty values when nothing matched). */
    public Facet facet(FacetField field) {
        return facets.stream().filter(f -> f.field() == field).findFirst().orElse(new Facet(field, List.of()));
    }
}
