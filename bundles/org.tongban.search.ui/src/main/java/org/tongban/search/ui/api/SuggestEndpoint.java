package org.tongban.search.ui.api;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchQueryException;
import org.tongban.search.SearchUnavailableException;

/**
 * {@code GET /api/v1/suggest?q=}: completions of what a citizen is typing (guide titles and FAQ questions that start
 * with it, contain a word starting with it, or whose pinyin starts with it), as a JSON list of strings. Suggestions
 * are not recorded as searches.
 */
@Component(service = ApiRoute.class)
@HttpRoute(path = SuggestEndpoint.PATH, anonymous = true)
public final class SuggestEndpoint implements ApiRoute {
    static final String PATH = "v1/suggest";
    private static final Logger LOG = LoggerFactory.getLogger(SuggestEndpoint.class);
    private static final String OPEN_API = OpenApiText.load("/openapi/suggest.json");

    private final GuideSearch search;

    @Activate
    public SuggestEndpoint(@Reference GuideSearch search) {
        this.search = search;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        List<String> titles;
        try {
            titles = search.suggest(SearchParameters.text(request.parameters()));
        } catch (BadRequest | SearchQueryException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (SearchUnavailableException e) {
            throw SearchEndpoint.unavailable(e);
        } catch (RuntimeException e) {
            LOG.error("Suggestions failed for an API query", e);
            throw SearchEndpoint.unavailable(e);
        }
        return SearchJson.answer(SearchJson.suggestions(titles));
    }

    @Override
    public String openApi() {
        return OPEN_API;
    }
}
