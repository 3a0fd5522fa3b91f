package org.tongban.search.ui.portal;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tongban.search.FacetField;

/**
 * What the results page shows, as kept in its address
 * ({@code search?q=营业执照&jurisdiction=370102&department=370102-SJJ&page=1}), so that a search can be bookmarked,
 * shared and returned to with the back button.
 *
 * @param text the words searched for, as typed (checked by the search service, which explains what is wrong)
 * @param jurisdiction where the citizen lives: matters of it and of its ancestors are searched
 * @param scope only matters implemented at this jurisdiction (the jurisdiction facet), or null
 * @param department department code filter, or null
 * @param audience served audience filter ({@code 自然人}, {@code 法人}), or null
 * @param lifeEvent life event name filter, or null
 * @param promisedLimit promised limit filter as its facet shows it ({@code 15 个工作日}), or null
 * @param matterType matter type filter as its Chinese label ({@code 行政许可}), or null
 * @param crossRegionMode cross-region handling filter ({@code 全程网办}), or null
 * @param page page number from 0
 */
record SearchState(
        String text,
        String jurisdiction,
        String scope,
        String department,
        String audience,
        String lifeEvent,
        String promisedLimit,
        String matterType,
        String crossRegionMode,
        int page) {

    static final String TEXT = "q";
    static final String JURISDICTION = "jurisdiction";
    static final String SCOPE = "scope";
    static final String DEPARTMENT = "department";
    static final String AUDIENCE = "audience";
    static final String LIFE_EVENT = "lifeEvent";
    static final String PROMISED_LIMIT = "promisedLimit";
    static final String MATTER_TYPE = "matterType";
    static final String CROSS_REGION_MODE = "crossRegionMode";
    static final String PAGE = "page";
    static final SearchState EMPTY = new SearchState("", null, null, null, null, null, null, null, null, 0);

    // Filters are codes and names, never long: anything longer or with control characters did not come from a link.
    private static final int MAX_FILTER_LENGTH = 100;

    SearchState {
        text = Objects.requireNonNullElse(text, "");
    }

    /** Reads an address; a malformed filter or page is left out rather than refused. */
    static SearchState from(Map<String, List<String>> parameters) {
        return new SearchState(
                first(parameters, TEXT).map(String::strip).orElse(""),
                filter(parameters, JURISDICTION),
                filter(parameters, SCOPE),
                filter(parameters, DEPARTMENT),
                Audiences.canonical(filter(parameters, AUDIENCE)),
                filter(parameters, LIFE_EVENT),
                filter(parameters, PROMISED_LIMIT),
                filter(parameters, MATTER_TYPE),
                filter(parameters, CROSS_REGION_MODE),
                first(parameters, PAGE)
                        .filter(p -> p.matches("\\d{1,4}"))
                        .map(Integer::parseInt)
                        .orElse(0));
    }

    /** The address of this state, without the filters left open. */
    Location location() {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, TEXT, text.isBlank() ? null : text.strip());
        put(query, JURISDICTION, jurisdiction);
        put(query, SCOPE, scope);
        put(query, DEPARTMENT, department);
        put(query, AUDIENCE, audience);
        put(query, LIFE_EVENT, lifeEvent);
        put(query, PROMISED_LIMIT, promisedLimit);
        put(query, MATTER_TYPE, matterType);
        put(query, CROSS_REGION_MODE, crossRegionMode);
        put(query, PAGE, page > 0 ? String.valueOf(page) : null);
        return new Location(SearchRoutes.SEARCH, QueryParameters.simple(query));
    }

    /** A new search: other words, the same place, no filters that belonged to the previous results. */
    SearchState withText(String newText) {
        return new SearchState(newText, jurisdiction, null, null, null, null, null, null, null, 0);
    }

    SearchState withJurisdiction(String code, boolean keepScope) {
        return new SearchState(
                text,
                code,
                keepScope ? scope : null,
                department,
                audience,
                lifeEvent,
                promisedLimit,
                matterType,
                crossRegionMode,
                0);
    }

    SearchState withPage(int number) {
        return new SearchState(
                text,
                jurisdiction,
                scope,
                department,
                audience,
                lifeEvent,
                promisedLimit,
                matterType,
                crossRegionMode,
                Math.max(0, number));
    }

    /** Sets or clears (null) the filter of one facet, back on the first page. */
    SearchState withFilter(FacetField field, String value) {
        String d = field == FacetField.DEPARTMENT ? value : department;
        String sc = field == FacetField.JURISDICTION ? value : scope;
        String a = field == FacetField.AUDIENCE ? value : audience;
        String l = field == FacetField.LIFE_EVENT ? value : lifeEvent;
        String p = field == FacetField.PROMISED_LIMIT ? value : promisedLimit;
        String t = field == FacetField.MATTER_TYPE ? value : matterType;
        String c = field == FacetField.CROSS_REGION_MODE ? value : crossRegionMode;
        return new SearchState(text, jurisdiction, sc, d, a, l, p, t, c, 0);
    }

    /** The active filter of one facet, or null. */
    String filter(FacetField field) {
        return switch (field) {
            case DEPARTMENT -> department;
            case JURISDICTION -> scope;
            case AUDIENCE -> audience;
            case LIFE_EVENT -> lifeEvent;
            case PROMISED_LIMIT -> promisedLimit;
            case MATTER_TYPE -> matterType;
            case CROSS_REGION_MODE -> crossRegionMode;
        };
    }

    boolean filtered() {
        return scope != null
                || department != null
                || audience != null
                || lifeEvent != null
                || promisedLimit != null
                || matterType != null
                || crossRegionMode != null;
    }

    SearchState withoutFilters() {
        return new SearchState(text, jurisdiction, null, null, null, null, null, null, null, 0);
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null) {
            query.put(name, value);
        }
    }

    private static String filter(Map<String, List<String>> parameters, String name) {
        return first(parameters, name)
                .map(String::strip)
                .filter(v -> !v.isEmpty() && v.length() <= MAX_FILTER_LENGTH)
                .filter(v -> v.chars().noneMatch(Character::isISOControl))
                .orElse(null);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .filter(Objects::nonNull)
                .findFirst();
    }
}
