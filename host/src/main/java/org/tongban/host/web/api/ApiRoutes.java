package org.tongban.host.web.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.tongban.platform.api.web.ApiRoute;

/**
 * The routes bundles contribute, and how a request finds one: by path pattern, where a literal segment beats a
 * {@code {parameter}} and then the higher {@code service.ranking} wins, so a contribution can shadow another and the
 * next one takes over when it leaves.
 */
public final class ApiRoutes {

    private ApiRoutes() {}

    /**
     * A contributed route with its service properties.
     *
     * @param route the handler
     * @param method HTTP method, upper case
     * @param patterns path patterns below {@code /api}, without leading slash
     * @param permission permission needed anywhere, or empty
     * @param anonymous whether no login is needed
     * @param ranking {@code service.ranking}
     * @param serviceId {@code service.id}, the older (lower) winning a tie
     */
    public record Entry(
            ApiRoute route,
            String method,
            List<String> patterns,
            String permission,
            boolean anonymous,
            int ranking,
            long serviceId) {

        /** The entry for a service with these properties. */
        public static Entry of(ApiRoute route, Map<String, Object> properties) {
            Object method = properties.get(ApiRoute.METHOD);
            Object permission = properties.get(ApiRoute.PERMISSION);
            Object ranking = properties.get("service.ranking");
            Object id = properties.get("service.id");
            return new Entry(
                    route,
                    method == null ? "GET" : method.toString().trim().toUpperCase(Locale.ROOT),
                    patterns(properties.get(ApiRoute.PATH)),
                    permission == null ? "" : permission.toString().trim(),
                    Boolean.parseBoolean(String.valueOf(properties.get(ApiRoute.ANONYMOUS))),
                    ranking instanceof Integer r ? r : 0,
                    id instanceof Long l ? l : 0L);
        }

        private static List<String> patterns(Object value) {
            List<String> raw = value instanceof String[] many
                    ? Arrays.asList(many)
                    : value instanceof String one ? List.of(one) : List.of();
            return raw.stream().map(ApiRoutes::trim).filter(p -> !p.isEmpty()).toList();
        }
    }

    /**
     * A route that serves a request.
     *
     * @param entry the route
     * @param pattern the pattern that matched
     * @param parameters the values of its parameter segments
     */
    public record Match(Entry entry, String pattern, Map<String, String> parameters) {}

    /** The best route for this method and path (without leading slash), if any. */
    public static Optional<Match> match(List<Entry> entries, String method, String path) {
        String[] segments = trim(path).split("/", -1);
        Match best = null;
        int bestLiterals = -1;
        for (Entry entry : entries.stream()
                .filter(e -> e.method().equals(method))
                .sorted(Comparator.comparingInt(Entry::ranking).reversed().thenComparingLong(Entry::serviceId))
                .toList()) {
            for (String pattern : entry.patterns()) {
                Map<String, String> parameters = parameters(pattern.split("/", -1), segments);
                int literals = parameters == null ? -1 : pattern.split("/", -1).length - parameters.size();
                if (literals > bestLiterals) {
                    best = new Match(entry, pattern, parameters);
                    bestLiterals = literals;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The methods some route offers for this path; empty when no route has it. */
    public static TreeSet<String> methods(List<Entry> entries, String path) {
        String[] segments = trim(path).split("/", -1);
        TreeSet<String> methods = new TreeSet<>();
        for (Entry entry : entries) {
            for (String pattern : entry.patterns()) {
                if (parameters(pattern.split("/", -1), segments) != null) {
                    methods.add(entry.method());
                }
            }
        }
        return methods;
    }

    /**
     * The values of the {@code {parameter}} segments when {@code pattern} matches {@code path} (both without leading
     * slash), or {@code null}; the public pages match their routes the same way.
     */
    public static Map<String, String> bind(String pattern, String path) {
        return parameters(trim(pattern).split("/", -1), trim(path).split("/", -1));
    }

    private static Map<String, String> parameters(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String part = pattern[i];
            if (part.length() > 2 && part.startsWith("{") && part.endsWith("}")) {
                if (segments[i].isEmpty()) {
                    return null;
                }
                parameters.put(part.substring(1, part.length() - 1), segments[i]);
            } else if (!part.equals(segments[i])) {
                return null;
            }
        }
        return parameters;
    }

    /** Without leading and trailing slashes: {@code /v1/search/} is {@code v1/search}. */
    public static String trim(String path) {
        String trimmed = path == null ? "" : path;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
