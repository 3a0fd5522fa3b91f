package org.tongban.search.internal;

import java.util.List;
import org.tongban.search.SearchHit;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchResult;

/** One system the search benchmark measures: a search engine behind the service, or the SQL LIKE baseline. */
interface BenchTarget {

    String label();

    /** A session for one benchmark thread (a JDBC connection for SQL; the shared service for the engines). */
    Session open() throws Exception;

    /** What a citizen sees of an answer: how many matched, and the titles of the first page. */
    record Answer(long total, List<String> titles) {}

    interface Session extends AutoCloseable {
        Answer search(String text) throws Exception;

        @Override
        default void close() throws Exception {}
    }

    /** The service as the portal calls it: analysis, synonyms, highlighting, facets and "did you mean" included. */
    static BenchTarget engine(String label, GuideSearchEngine engine, List<String> jurisdictions) {
        return new BenchTarget() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public Session open() {
                return text -> {
                    SearchResult result = engine.query(SearchQuery.of(text).withJurisdictions(jurisdictions));
                    return new Answer(
                            result.total(),
                            result.hits().stream().map(SearchHit::title).toList());
                };
            }
        };
    }
}
