package org.tongban.catalogue;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * How often citizens open each published guide, for the portal's 热门事项. Counting is open to anyone, keeps no
 * session, cookie or address, and never fails the page it follows: views are added up in memory and written in one
 * batch every {@link #FLUSH_SECONDS} seconds, only for codes of published guides.
 */
@ProviderType
public interface GuideViews {

    /**
     * Published (at most every {@link #REFRESH_MINUTES} minutes, when the most viewed guides changed order) so that
     * pages showing them are rendered again. Not a catalogue topic: guide pages and the search index ignore it.
     */
    String CHANGED = "guide-views/CHANGED";

    /** How long counted views wait in memory before they are written. */
    int FLUSH_SECONDS = 30;

    /** How often at most the most viewed guides are announced as changed. */
    int REFRESH_MINUTES = 10;

    /** Counts one view of the guide with this code; a code that is not a published guide's is ignored. */
    void recordView(String matterCode);

    /**
     * The codes of the most viewed published guides, most viewed first (ties by code).
     *
     * @param limit 1 to {@link CatalogueLimits#MAX_PAGE_SIZE}
     * @throws CatalogueException if {@code limit} is out of range
     */
    List<String> mostViewed(int limit);
}
