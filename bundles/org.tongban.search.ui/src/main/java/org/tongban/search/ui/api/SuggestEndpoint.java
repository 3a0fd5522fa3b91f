package org.tongban.search.ui.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.web.ApiEndpoint;
import org.tongban.platform.api.web.ApiErrors;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchQueryException;
import org.tongban.search.SearchUnavailableException;

/**
 * {@code GET /api/v1/suggest?q=}: completions of what a citizen is typing (guide titles and FAQ questions that start
 * with it, contain a word starting with it, or whose pinyin starts with it), as a JSON list of strings. Suggestions
 * are not recorded as searches.
 */
@Component(service = ApiEndpoint.class)
public final class SuggestEndpoint implements ApiEndpoint {
    static final String PATH = "v1/suggest";
    private static final Logger LOG = LoggerFactory.getLogger(SuggestEndpoint.class);
    private static final String OPEN_API = OpenApiText.load("/openapi/suggest.json");

    private final GuideSearch search;

    @Activate
    public SuggestEndpoint(@Reference GuideSearch search) {
        this.search = search;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public void get(String subPath, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (subPath != null && !subPath.isEmpty() && !subPath.equals("/")) {
            ApiErrors.notFound(response, "没有这个接口：/api/" + PATH + subPath);
            return;
        }
        List<String> titles;
        try {
            titles = search.suggest(SearchParameters.text(request.getParameterMap()));
        } catch (BadRequest | SearchQueryException e) {
            ApiErrors.badRequest(response, e.getMessage());
            return;
        } catch (SearchUnavailableException e) {
            SearchEndpoint.unavailable(response, e);
            return;
        } catch (RuntimeException e) {
            LOG.error("Suggestions failed for an API query", e);
            SearchEndpoint.unavailable(response, e);
            return;
        }
        SearchJson.write(response, SearchJson.suggestions(titles));
    }

    @Override
    public String openApi() {
        return OPEN_API;
    }
}
