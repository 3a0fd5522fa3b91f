package org.tongban.search.ui.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tongban.search.analytics.QueryStatistic;
import org.tongban.search.analytics.SearchAnalytics;

/** Answers each report with the rows given and records what it was asked, as "report from..to limit". */
final class RecordingAnalytics implements SearchAnalytics {
    final List<String> asked = new ArrayList<>();
    List<QueryStatistic> top = List.of();
    List<QueryStatistic> zeroResults = List.of();
    List<QueryStatistic> noClicks = List.of();
    RuntimeException failure;

    @Override
    public long recordSearch(String text, long hits, String channel) {
        throw new UnsupportedOperationException("the console only reads");
    }

    @Override
    public void recordClick(long searchId, String documentId) {
        throw new UnsupportedOperationException("the console only reads");
    }

    @Override
    public List<QueryStatistic> topQueries(LocalDate from, LocalDate to, int limit) {
        return answer("top", from, to, limit, top);
    }

    @Override
    public List<QueryStatistic> zeroResultQueries(LocalDate from, LocalDate to, int limit) {
        return answer("zero", from, to, limit, zeroResults);
    }

    @Override
    public List<QueryStatistic> noClickQueries(LocalDate from, LocalDate to, int limit) {
        return answer("noClick", from, to, limit, noClicks);
    }

    private List<QueryStatistic> answer(
            String report, LocalDate from, LocalDate to, int limit, List<QueryStatistic> rows) {
        asked.add(report + " " + from + ".." + to + " " + limit);
        if (failure != null) {
            throw failure;
        }
        // The contract the real service enforces, so that a view asking wrongly fails here too.
        if (from.isAfter(to) || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("bad report request");
        }
        return rows;
    }
}
