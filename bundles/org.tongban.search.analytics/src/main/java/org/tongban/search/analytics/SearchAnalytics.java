package org.tongban.search.analytics;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Records what citizens search for and reports it to catalogue staff. Recording is open to anyone (the portal and the
 * public API record anonymous visitors) and never fails the search it follows; reading the reports needs {@link
 * #VIEW_PERMISSION}.
 */
@ProviderType
public interface SearchAnalytics {

    /** Permission to read the reports (catalogue staff, who also edit the synonyms). */
    String VIEW_PERMISSION = "catalogue:edit";

    /**
     * Records one search. Texts are grouped after folding (trimmed, NFKC, lower case). A blank or over-long text, or
     * one with control characters, is not recorded.
     *
     * @param text what the citizen typed
     * @param hits total hits of the search
     * @param channel where it came from, for example {@code portal} or {@code api}
     * @return an id for {@link #recordClick}, or 0 when nothing was recorded
     */
    long recordSearch(String text, long hits, String channel);

    /** Records that the citizen opened a result of a recorded search; unknown ids are ignored. */
    void recordClick(long searchId, String documentId);

    /**
     * The most frequent searches of a period (both days inclusive, in the platform's time zone), most searched
     * first.
     *
     * @throws org.tongban.platform.api.security.AccessDeniedException without {@link #VIEW_PERMISSION}
     * @throws IllegalArgumentException if {@code from} is after {@code to} or {@code limit} is not 1 to 1000
     */
    List<QueryStatistic> topQueries(LocalDate from, LocalDate to, int limit);

    /** Searches of a period that found nothing, most frequent first; same rules as {@link #topQueries}. */
    List<QueryStatistic> zeroResultQueries(LocalDate from, LocalDate to, int limit);

    /** Searches of a period that found something but were never followed by a click; same rules as {@link #topQueries}. */
    List<QueryStatistic> noClickQueries(LocalDate from, LocalDate to, int limit);
}
