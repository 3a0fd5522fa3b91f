package org.tongban.search.ui.console;

import java.util.Collection;
import java.util.List;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchResult;
import org.tongban.search.SearchStatus;

/** A search that only reports its status: the index page reads nothing else. */
final class FixedStatusSearch implements GuideSearch {
    SearchStatus status;

    FixedStatusSearch(SearchStatus status) {
        this.status = status;
    }

    @Override
    public SearchStatus status() {
        return status;
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(Collection<String> ids) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SearchResult query(SearchQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> suggest(String prefix) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void reindex(Collection<SearchDocument> documents) {
        throw new UnsupportedOperationException();
    }
}
