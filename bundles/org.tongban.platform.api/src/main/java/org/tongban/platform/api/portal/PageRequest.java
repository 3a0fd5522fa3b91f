package org.tongban.platform.api.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request for a public page.
 *
 * @param route the pattern that matched, such as {@code guides/{code}}
 * @param pathParameters the values of the pattern's {@code {name}} segments, decoded
 * @param parameters the query parameters, decoded, in their order
 * @param locale the visitor's language: zh-CN, zh-TW or en (query {@code lang}, else cookie, else the city's)
 */
public record PageRequest(
        String route, Map<String, String> pathParameters, Map<String, List<String>> parameters, Locale locale) {

    public PageRequest {
        pathParameters = Map.copyOf(pathParameters);
        parameters = Map.copyOf(parameters);
    }

    /** The value of a {@code {name}} segment of the route. */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route " + route + " has no parameter " + name);
        }
        return value;
    }

    /** The first value of a query parameter, trimmed, or {@code ""} when absent. */
    public String parameter(String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0).strip();
    }

    /** Every value of a query parameter (a form's checkboxes), or none. */
    public List<String> parameterValues(String name) {
        return parameters.getOrDefault(name, List.of());
    }

    /** A whole-number query parameter between 1 and {@code max}; {@code fallback} when absent or out of range. */
    public int intParameter(String name, int fallback, int max) {
        try {
            int value = Integer.parseInt(parameter(name));
            return value >= 1 && value <= max ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
