package org.tongban.hotline;

/**
 * A category suggested for a new ticket from its text, and the unit the catalogue routes it to at the place.
 *
 * @param categoryCode the suggested category
 * @param categoryName its name
 * @param confidence the classifier's probability, 0 to 1
 * @param unit the unit the dispatch catalogue suggests for it at the ticket's place, or null when none is routed
 * @since 1.1
 */
public record CategorySuggestion(String categoryCode, String categoryName, double confidence, Unit unit) {}
