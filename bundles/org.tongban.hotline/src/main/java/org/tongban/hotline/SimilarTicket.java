package org.tongban.hotline;

import java.time.Instant;

/**
 * An open ticket like the one at hand: a candidate for merging.
 *
 * @param score the combined score, 0 to 1; suggestions reach the city's cut-off
 * @param textSimilarity the description's similarity (character bigrams, Dice coefficient)
 * @param distanceMeters between the coordinates, or null when one has none
 * @param samePlace same address or same community
 */
public record SimilarTicket(
        String number,
        String description,
        String state,
        Instant receivedAt,
        double score,
        double textSimilarity,
        Double distanceMeters,
        boolean samePlace) {}
