package org.tongban.search.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tongban.platform.api.json.Json;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.search.Facet;
import org.tongban.search.FacetField;
import org.tongban.search.FacetValue;
import org.tongban.search.Fragment;
import org.tongban.search.SearchHit;
import org.tongban.search.SearchQuery;
import org.tongban.search.SearchResult;
import org.tongban.search.Snippet;

/**
 * The JSON answers of the search API, described in {@code openapi/search.json}. Highlighting is given as plain text
 * with offsets ({@code [start, end)} in UTF-16 code units, as JavaScript indexes strings), never as markup, so a
 * client escapes the text and marks the ranges itself.
 */
final class SearchJson {

    private final Function<String, String> jurisdictionName;

    /** @param jurisdictionName the name of a jurisdiction code, or {@code null} when unknown */
    SearchJson(Function<String, String> jurisdictionName) {
        this.jurisdictionName = jurisdictionName;
    }

    ObjectNode result(SearchQuery query, SearchResult result) {
        ObjectNode node = Json.object();
        node.put("query", query.text().strip());
        node.put("total", result.total());
        node.put("page", query.page());
        node.put("size", query.size());
        node.put("pageCount", (result.total() + query.size() - 1) / query.size());
        node.put("didYouMean", result.didYouMean());
        ArrayNode hits = node.putArray("hits");
        result.hits().forEach(hit -> hits.add(hit(hit)));
        ObjectNode facets = node.putObject("facets");
        for (FacetField field : FacetField.values()) {
            facets.set(name(field), facet(result.facet(field)));
        }
        return node;
    }

    static ArrayNode suggestions(List<String> titles) {
        ArrayNode array = Json.array();
        titles.forEach(array::add);
        return array;
    }

    private static ObjectNode hit(SearchHit hit) {
        ObjectNode node = Json.object();
        node.put("id", hit.id());
        node.put("kind", hit.kind().name().toLowerCase(Locale.ROOT));
        node.put("matterCode", hit.matterCode());
        node.put("title", hit.title());
        node.set("titleHighlights", highlights(hit.titleFragments()));
        ArrayNode snippets = node.putArray("snippets");
        for (Snippet snippet : hit.snippets()) {
            ObjectNode passage = snippets.addObject();
            passage.put("field", snippet.field());
            passage.put("text", snippet.text());
            passage.set("highlights", highlights(snippet.fragments()));
        }
        String code =
                URLEncoder.encode(hit.matterCode(), StandardCharsets.UTF_8).replace("+", "%20");
        node.put("href", "/guides/" + code);
        node.put("apiHref", "/api/v1/matters/" + code);
        return node;
    }

    /** The ranges of the highlighted fragments within their joined text. */
    static ArrayNode highlights(List<Fragment> fragments) {
        ArrayNode ranges = Json.array();
        int at = 0;
        for (Fragment fragment : fragments) {
            int end = at + fragment.text().length();
            if (fragment.highlighted()) {
                ranges.addArray().add(at).add(end);
            }
            at = end;
        }
        return ranges;
    }

    private ArrayNode facet(Facet facet) {
        ArrayNode values = Json.array();
        for (FacetValue value : facet.values()) {
            String label = facet.field() == FacetField.JURISDICTION
                    ? java.util.Objects.requireNonNullElse(jurisdictionName.apply(value.value()), value.label())
                    : value.label();
            values.addObject().put("value", value.value()).put("label", label).put("count", value.count());
        }
        return values;
    }

    /** The facet's name in the answer and as the parameter that filters on it. */
    static String name(FacetField field) {
        return switch (field) {
            case DEPARTMENT -> "department";
            case JURISDICTION -> "jurisdiction";
            case AUDIENCE -> "audience";
            case LIFE_EVENT -> "lifeEvent";
            case PROMISED_LIMIT -> "promisedLimit";
            case MATTER_TYPE -> "matterType";
            case CROSS_REGION_MODE -> "crossRegionMode";
        };
    }

    /** The answer with this body; the index follows the catalogue within a second, so a short cache is safe. */
    static ApiResponse answer(JsonNode body) {
        return ApiResponse.ok(body).withHeader("Cache-Control", "public, max-age=30");
    }
}
