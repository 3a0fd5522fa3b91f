package org.tongban.hotline;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Suggests the category (and through the catalogue the unit) of a ticket being taken, learned from the city's closed
 * tickets. Needs {@link HotlinePermissions#ACCEPT} or {@link HotlinePermissions#DISPATCH} at the place.
 *
 * @since 1.1
 */
@ProviderType
public interface CategorySuggestions {
    /** The most likely categories for the text, best first, at most {@code limit}; empty before any ticket closed. */
    List<CategorySuggestion> suggest(String description, String jurisdictionCode, int limit);
}
