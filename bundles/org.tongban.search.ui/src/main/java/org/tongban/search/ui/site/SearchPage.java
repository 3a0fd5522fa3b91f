package org.tongban.search.ui.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.tongban.platform.api.portal.PageRequest;
import org.tongban.platform.api.portal.PageView;
import org.tongban.platform.api.portal.PublicPage;
import org.tongban.platform.api.portal.PublicRoute;
import org.tongban.platform.api.portal.SiteMapLink;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.search.FacetField;
import org.tongban.search.FacetValue;
import org.tongban.search.GuideSearch;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchQueryException;
import org.tongban.search.SearchResult;
import org.tongban.search.analytics.SearchAnalytics;
import org.tongban.search.ui.api.BadRequest;
import org.tongban.search.ui.api.SearchParameters;
import org.tongban.search.ui.portal.SearchRecorder;

/**
 * {@code /search?q=...}: the results with their highlighted passages, the facets as links that add or remove a filter,
 * and pages as links; the search box suggests through {@code /api/v1/suggest} when scripts run. Results are rendered
 * for every request (no topics) so that every first page counts in the search analytics; an unchanged result still
 * answers 304. Bad input and a search service that is down are shown on the page, in Chinese, never as an error page.
 */
@Component(service = PublicPage.class)
@PublicRoute(path = "search")
public final class SearchPage implements PublicPage {
    private static final Logger LOG = LoggerFactory.getLogger(SearchPage.class);
    static final int PAGE_SIZE = 10;
    /** Filters a facet link may set, by facet. */
    static final Map<FacetField, String> PARAMETERS = parameters();

    /**
     * One value of a facet as a link.
     *
     * @param label its text
     * @param count how many results have it
     * @param href the address with this filter switched on or off
     * @param active whether the filter is on
     */
    public record FacetLink(String label, long count, String href, boolean active) {}

    /**
     * A facet.
     *
     * @param name its parameter name, the key of its heading
     * @param values its values
     */
    public record FacetGroup(String name, List<FacetLink> values) {}

    /**
     * A page link.
     *
     * @param number from 1
     * @param href its address
     * @param current whether it is the page shown
     */
    public record PageLink(int number, String href, boolean current) {}

    private final GuideSearch search;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;
    private final SearchRecorder recorder = new SearchRecorder("portal");

    @Activate
    public SearchPage(@Reference GuideSearch search, @Reference Jurisdictions jurisdictions, BundleContext context) {
        this(search, jurisdictions, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    SearchPage(GuideSearch search, Jurisdictions jurisdictions, String rootJurisdiction) {
        this.search = search;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = rootJurisdiction;
    }

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
    public PageView render(PageRequest request) {
        Map<String, String> filters = filters(request);
        String text = request.parameter("q");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("q", text);
        model.put("problem", "");
        model.put("hits", List.of());
        model.put("facets", List.of());
        model.put("pages", List.of());
        model.put("total", 0L);
        model.put("didYouMean", "");
        model.put("page", 1);
        String title = text.isEmpty()
                ? Texts.get(request.locale(), "search.portal.title")
                : Texts.get(request.locale(), "search.portal.title.query", text);
        PageView view = PageView.of("site/search.ftlh", model).title(title).canonical("search");
        if (text.isEmpty()) {
            return view.with("problem", "start");
        }
        int page = request.intParameter("page", 1, 1000);
        SearchQuery query;
        SearchResult result;
        try {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            parameters.put("q", new String[] {text});
            filters.forEach((name, value) -> parameters.put(name, new String[] {value}));
            parameters.put("page", new String[] {String.valueOf(page - 1)});
            parameters.put("size", new String[] {String.valueOf(PAGE_SIZE)});
            query = SearchParameters.query(parameters, rootJurisdiction, jurisdictions);
            result = search.query(query);
        } catch (BadRequest | SearchQueryException e) {
            return view.with("problem", "invalid").with("detail", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Search is unavailable for the results page: {}", e.toString());
            return view.with("problem", "unavailable");
        }
        if (page == 1) {
            recorder.search(text, result.total());
        }
        int pageCount = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return view.with("hits", result.hits())
                .with("total", result.total())
                .with("didYouMean", result.suggestion().orElse(""))
                .with("facets", facets(result, text, filters))
                .with("pages", pages(text, filters, page, pageCount))
                .with("page", page)
                .with("problem", result.total() == 0 ? "none" : "");
    }

    private static Map<String, String> filters(PageRequest request) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : PARAMETERS.values()) {
            String value = request.parameter(name);
            if (!value.isEmpty()) {
                filters.put(name, value);
            }
        }
        return filters;
    }

    static List<FacetGroup> facets(SearchResult result, String text, Map<String, String> filters) {
        List<FacetGroup> groups = new ArrayList<>();
        for (Map.Entry<FacetField, String> facet : PARAMETERS.entrySet()) {
            String name = facet.getValue();
            String active = filters.get(name);
            List<FacetLink> links = new ArrayList<>();
            List<FacetValue> values =
                    new ArrayList<>(result.facet(facet.getKey()).values());
            if (active != null && values.stream().noneMatch(v -> v.value().equals(active))) {
                values.add(new FacetValue(active, active, 0));
            }
            for (FacetValue value : values) {
                boolean on = value.value().equals(active);
                Map<String, String> next = new LinkedHashMap<>(filters);
                if (on) {
                    next.remove(name);
                } else {
                    next.put(name, value.value());
                }
                links.add(new FacetLink(value.label(), value.count(), href(text, next, 1), on));
            }
            if (!links.isEmpty()) {
                groups.add(new FacetGroup(name, links));
            }
        }
        return groups;
    }

    static List<PageLink> pages(String text, Map<String, String> filters, int page, int pageCount) {
        List<PageLink> links = new ArrayList<>();
        for (int n = 1; n <= pageCount; n++) {
            if (n == 1 || n == pageCount || Math.abs(n - page) <= 2) {
                links.add(new PageLink(n, href(text, filters, n), n == page));
            }
        }
        return links.size() > 1 ? links : List.of();
    }

    static String href(String text, Map<String, String> filters, int page) {
        StringBuilder href = new StringBuilder("/search?q=").append(encode(text));
        filters.forEach(
                (name, value) -> href.append('&').append(name).append('=').append(encode(value)));
        if (page > 1) {
            href.append("&page=").append(page);
        }
        return href.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<FacetField, String> parameters() {
        Map<FacetField, String> names = new LinkedHashMap<>();
        for (FacetField field : FacetField.values()) {
            names.put(
                    field,
                    switch (field) {
                        case JURISDICTION -> "scope";
                        case LIFE_EVENT -> "lifeEvent";
                        case PROMISED_LIMIT -> "promisedLimit";
                        case MATTER_TYPE -> "matterType";
                        case CROSS_REGION_MODE -> "crossRegionMode";
                        default -> field.name().toLowerCase(Locale.ROOT);
                    });
        }
        return java.util.Collections.unmodifiableMap(names);
    }

    @Override
    public List<SiteMapLink> siteMapLinks(java.util.Locale locale) {
        return List.of(new SiteMapLink(
                Texts.get(locale, "search.site.sitemap.group"), "search", Texts.get(locale, "search.portal.title")));
    }
}
