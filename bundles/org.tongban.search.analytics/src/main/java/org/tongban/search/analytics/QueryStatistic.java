package org.tongban.search.analytics;

import java.time.Instant;

/**
 * One query text over a period.
 *
 * @param text the folded query text
 * @param searches how often it was searched
 * @param zeroResultSearches how many of those found nothing
 * @param clickedSearches how many of those were followed by at least one click
 * @param lastSearched when it was last searched
 */
public record QueryStatistic(
        String text, long searches, long zeroResultSearches, long clickedSearches, Instant lastSearched) {}
