package org.tongban.host.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which other sites may call the API from a browser (CORS), and whether a state-changing request with the console's
 * session cookie comes from the platform's own pages (the cross-site request forgery check).
 *
 * <p>Cross-origin calls are allowed only for the origins in the setting {@link #SETTING} of {@code
 * conf/tongban.properties} (comma-separated, such as {@code https://m.jinan.gov.cn}; none by default), and never with
 * cookies: a front end on another site authenticates with an API token.
 */
public final class ApiOrigins {

    /** Setting of {@code conf/tongban.properties}: the origins allowed to call the API from a browser. */
    public static final String SETTING = "api.cors.origins";

    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, Accept-Language";
    static final String EXPOSED_HEADERS = "Idempotent-Replayed, Retry-After, Location";

    private final Set<String> allowed;

    public ApiOrigins(Collection<String> allowed) {
        this.allowed = allowed.stream()
                .map(o -> o.trim().toLowerCase(Locale.ROOT))
                .filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The origins of a setting's value. */
    public static ApiOrigins parse(String setting) {
        return new ApiOrigins(Arrays.asList(setting == null ? new String[0] : setting.split(",")));
    }

    /** Adds the CORS headers when the request comes from an allowed origin. */
    public void apply(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "Origin");
        String origin = request.getHeader("Origin");
        if (origin != null && allowed.contains(origin.toLowerCase(Locale.ROOT))) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }

    /** Answers a preflight for a path that offers these methods: the CORS grant only for an allowed origin. */
    public void preflight(HttpServletRequest request, HttpServletResponse response, Set<String> methods) {
        String allow = String.join(", ", methods) + ", OPTIONS";
        response.setHeader("Allow", allow);
        String origin = request.getHeader("Origin");
        String wanted = request.getHeader("Access-Control-Request-Method");
        if (origin != null
                && wanted != null
                && allowed.contains(origin.toLowerCase(Locale.ROOT))
                && methods.contains(wanted.toUpperCase(Locale.ROOT))) {
            response.setHeader("Access-Control-Allow-Methods", allow);
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", "600");
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /**
     * Whether the request comes from a page of this site: its {@code Origin}, or without one its {@code Referer},
     * names the scheme, host and port the request was made to. Browsers send at least one of them with every
     * cross-site POST, so a request with neither is refused too.
     */
    public static boolean sameOrigin(HttpServletRequest request) {
        String self = origin(request.getScheme(), request.getServerName(), request.getServerPort());
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null")) {
            return self.equalsIgnoreCase(normalise(origin));
        }
        String referer = request.getHeader("Referer");
        return referer != null && self.equalsIgnoreCase(normalise(referer));
    }

    private static String normalise(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() == null || uri.getHost() == null
                    ? ""
                    : origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean standard = port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
    }
}
