package org.tongban.search.ui.api;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchQueryException;
import org.tongban.search.SearchResult;
import org.tongban.search.SearchUnavailableException;
import org.tongban.search.analytics.SearchAnalytics;
import org.tongban.search.ui.portal.SearchRecorder;

/**
 * {@code GET /api/v1/search}: published guides and FAQs matching a text, seen from where the citizen lives, with
 * highlight ranges, facet counts and "did you mean". Bad parameters get a 400 and a search service that is down a
 * 503, both with a Chinese message; searching needs no login.
 */
@Component(service = ApiRoute.class)
@HttpRoute(path = SearchEndpoint.PATH, anonymous = true)
public final class SearchEndpoint implements ApiRoute {
    static final String PATH = "v1/search";
    static final String UNAVAILABLE = "搜索服务暂时不可用，请稍后再试";
    private static final Logger LOG = LoggerFactory.getLogger(SearchEndpoint.class);
    private static final String OPEN_API = OpenApiText.load("/openapi/search.json");

    private final GuideSearch search;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;
    private final SearchJson json;
    private final SearchRecorder recorder = new SearchRecorder("api");

    @Activate
    public SearchEndpoint(
            @Reference GuideSearch search, @Reference Jurisdictions jurisdictions, BundleContext context) {
        this(search, jurisdictions, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    SearchEndpoint(GuideSearch search, Jurisdictions jurisdictions, String rootJurisdiction) {
        this.search = search;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = rootJurisdiction;
        this.json = new SearchJson(
                code -> jurisdictions.find(code).map(Jurisdiction::name).orElse(null));
    }

    // Optional and dynamic: searching works without analytics, and analytics may come and go at any time.
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAnalytics(SearchAnalytics analytics) {
        recorder.bind(analytics);
    }

    void unbindAnalytics(SearchAnalytics analytics) {
        recorder.unbind(analytics);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        SearchQuery query;
        SearchResult result;
        try {
            query = SearchParameters.query(request.parameters(), rootJurisdiction, jurisdictions);
            result = search.query(query);
        } catch (BadRequest | SearchQueryException e) {
            // The service's own refusals (a page beyond the last one a search can reach) are the client's mistakes too.
            throw ApiException.badRequest(e.getMessage());
        } catch (SearchUnavailableException e) {
            throw unavailable(e);
        } catch (RuntimeException e) {
            LOG.error("Search failed for an API query", e);
            throw unavailable(e);
        }
        // Only first pages count as searches: a client paging through one search is still one search.
        if (query.page() == 0) {
            recorder.search(query.text(), result.total());
        }
        return SearchJson.answer(json.result(query, result));
    }

    /** 503 with a message the client can show; a retry in half a minute has a chance. */
    static ApiException unavailable(RuntimeException cause) {
        LOG.warn("Search is unavailable: {}", cause.toString());
        return ApiException.unavailable(UNAVAILABLE, 30);
    }

    @Override
    public String openApi() {
        return OPEN_API;
    }
}
