package org.tongban.search.ui.console;

import org.tongban.platform.ui.Feedback;
import org.tongban.search.SearchQueryException;
import org.tongban.search.SearchUnavailableException;

/**
 * How the search console words a failure: a denial, a refused entry or an unavailable backend as the service words it
 * (those messages are Chinese by contract); anything else is logged and summed up in one sentence.
 */
final class Failures {
    static final Feedback FEEDBACK = Feedback.denials()
            .showing(SearchQueryException.class, SearchUnavailableException.class)
            .unexpected("search.console.error.unexpected");

    private Failures() {}
}
