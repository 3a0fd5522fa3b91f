package org.tongban.search.internal;

import java.util.List;
import java.util.Set;

/**
 * A query as both backends run it: any clause may match (scores add up), all filters must.
 *
 * @param clauses weighted alternatives
 * @param jurisdictions visible jurisdiction codes, empty for all
 * @param department department filter or null
 * @param audience audience filter or null
 * @param lifeEvent life event filter or null
 * @param promisedLimit promised limit filter or null
 * @param matterType matter type filter or null
 * @param crossRegionMode cross-region mode filter or null
 * @param highlightTerms folded terms to mark in hits
 * @param pinyinKeys pinyin typed by the citizen, to mark terms spelled like it
 * @param gate the scores a match must reach to be a result (and counted in the total and facets)
 */
public record QueryPlan(
        List<Clause> clauses,
        List<String> jurisdictions,
        String department,
        String audience,
        String lifeEvent,
        String promisedLimit,
        String matterType,
        String crossRegionMode,
        Set<String> highlightTerms,
        Set<String> pinyinKeys,
        ScoreGate gate) {}
