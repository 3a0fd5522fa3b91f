package org.tongban.host.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.host.web.api.Answer;
import org.tongban.host.web.api.ApiOrigins;
import org.tongban.host.web.api.ApiRoutes;
import org.tongban.host.web.api.ApiServices;
import org.tongban.platform.api.i18n.Localized;
import org.tongban.platform.api.i18n.LocalizedMessage;
import org.tongban.platform.api.json.Json;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.web.ApiException;

/**
 * {@code /api/*}: finds the {@link org.tongban.platform.api.web.ApiRoute} for the method and path, lets {@link
 * RouteCall} authenticate and run it, and turns every outcome into JSON in the caller's language: 404 for an unknown
 * path, 405 with {@code Allow} for another method, 400 for undecodable parameters, 503 with {@code Retry-After} while
 * the database is down (answered at once, see {@link DatabaseOutage}), 500 for anything else, never with a stack trace.
 * Serves the merged OpenAPI description at {@code /api/openapi.json} and answers CORS preflights.
 */
@WebServlet(urlPatterns = "/api/*", name = "api")
public class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    static final String OPENAPI = "openapi.json";
    /** The largest unread body a refusal reads through to keep the connection (the API's own request limit). */
    private static final long DRAIN_LIMIT = RouteCall.MAX_BODY;

    private transient ApiServices services;
    private transient ApiOrigins origins;
    private final transient DatabaseOutage outage;
    private final transient Clock clock;

    /** Created by Jetty from the annotation; the services come from the web application in {@link #init()}. */
    public ApiServlet() {
        this(null, null, Clock.systemUTC());
    }

    ApiServlet(ApiServices services, ApiOrigins origins, Clock clock) {
        this.services = services;
        this.origins = origins;
        this.outage = new DatabaseOutage(clock);
        this.clock = clock;
    }

    @Override
    public void init() {
        if (services == null) {
            WebHost web = WebHost.of(getServletContext());
            services = web.services();
            origins = ApiOrigins.parse(web.host().options().setting(ApiOrigins.SETTING, ""));
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = ApiRoutes.trim(request.getPathInfo());
        Locale locale = locale(request);
        headers(request, response);
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        List<ApiRoutes.Entry> routes = services.routes();
        boolean document = path.equals(OPENAPI);
        if (document && (method.equals("GET") || method.equals("HEAD"))) {
            send(request, response, new Answer(200, Answer.JSON, Json.pretty(openApi(routes)), Map.of()));
            return;
        }
        TreeSet<String> methods = document ? new TreeSet<>(Set.of("GET")) : ApiRoutes.methods(routes, path);
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (methods.isEmpty()) {
            send(request, response, Answer.error(404, text(locale, "api.notFound", "/api/" + path)));
            return;
        }
        if (method.equals("OPTIONS")) {
            origins.preflight(request, response, methods);
            return;
        }
        Optional<ApiRoutes.Match> match =
                document ? Optional.empty() : ApiRoutes.match(routes, method.equals("HEAD") ? "GET" : method, path);
        if (match.isEmpty()) {
            String allow = String.join(", ", methods);
            send(
                    request,
                    response,
                    Answer.error(405, text(locale, "api.methodNotAllowed", "/api/" + path, method, allow))
                            .with("Allow", allow));
            return;
        }
        if (!parametersReadable(request)) {
            LOG.debug("400 for unreadable parameters on /api/{}", path);
            send(request, response, Answer.error(400, text(locale, "api.badParameters")));
            return;
        }
        String key = match.get().entry().method() + " " + match.get().pattern();
        if (outage.paused(key)) {
            send(request, response, unavailable(locale));
            return;
        }
        Answer answer;
        try {
            answer = new RouteCall(services, clock, request, match.get(), locale).answer();
            outage.succeeded(key);
        } catch (RuntimeException e) {
            answer = failure(path, key, locale, e);
        }
        send(request, response, answer);
    }

    /** The JSON error for what a route or the edge threw. */
    private Answer failure(String path, String key, Locale locale, RuntimeException e) {
        if (e instanceof ApiException api) {
            Answer answer = Answer.error(api.status(), api.message(locale));
            return api.retryAfterSeconds() > 0
                    ? answer.with("Retry-After", Integer.toString(api.retryAfterSeconds()))
                    : answer;
        }
        if (e instanceof AccessDeniedException denied) {
            return Answer.error(403, denied.message(locale));
        }
        if (e instanceof Localized localized) {
            // Services refuse invalid input with a message key: the client's mistake, in the client's language.
            return Answer.error(400, localized.message(locale));
        }
        if (e instanceof BadMessageException || e.getCause() instanceof BadMessageException) {
            LOG.debug("400 for /api/{}: {}", path, e.getMessage());
            return Answer.error(400, text(locale, "api.badParameters"));
        }
        if (DatabaseOutage.causedBy(e)) {
            if (outage.failed(key)) {
                // One line per outage and route, without the stack: the health check has the details.
                LOG.warn("API {} unavailable, database failed: {}", key, e.getMessage());
            }
            return unavailable(locale);
        }
        LOG.error("API /api/{} failed", path, e);
        return Answer.error(500, text(locale, "api.internal"));
    }

    private Answer unavailable(Locale locale) {
        return Answer.error(503, text(locale, "api.databaseDown"))
                .with("Retry-After", Long.toString(outage.retryAfterSeconds()));
    }

    private void send(HttpServletRequest request, HttpServletResponse response, Answer answer) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(answer.status());
        response.setHeader("Cache-Control", "no-store");
        answer.headers().forEach(response::setHeader);
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.status() >= 400) {
            drainUnreadBody(request, response);
        }
        response.setContentLength(answer.body().length);
        if (!request.getMethod().equals("HEAD") && answer.body().length > 0) {
            response.getOutputStream().write(answer.body());
        }
    }

    /**
     * Reads what a refused request's body still holds before the answer goes out. A refusal made before the body was
     * read would otherwise leave the server to close the kept-alive connection after answering, under the client's
     * next request on it; a body too large to read through is answered with {@code Connection: close} instead.
     */
    private static void drainUnreadBody(HttpServletRequest request, HttpServletResponse response) {
        long length = request.getContentLengthLong();
        if (length == 0) {
            return;
        }
        if (length < 0 || length > DRAIN_LIMIT) {
            response.setHeader("Connection", "close");
            return;
        }
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IllegalStateException | IOException e) {
            // Already read as text by the route, or the client went away: nothing is left to keep in step.
        }
    }

    /** The headers of every API answer, errors included. */
    private void headers(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.apply(response, request.isSecure());
        origins.apply(request, response);
    }

    /** The caller's language; Simplified Chinese unless the request asks for another the platform speaks. */
    static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? Locale.SIMPLIFIED_CHINESE
                : LocalizedMessage.supported(request.getLocale());
    }

    static String text(Locale locale, String key, Object... arguments) {
        return LocalizedMessage.of(ApiServlet.class, "i18n/host", key, arguments)
                .format(locale);
    }

    /** Whether the query string can be parsed (Jetty throws on undecodable escapes). */
    static boolean parametersReadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (BadMessageException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    static ObjectNode openApi(List<ApiRoutes.Entry> routes) {
        ObjectNode doc = Json.object();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Tongban API");
        info.put("version", "1");
        info.put(
                "description",
                "Published data of the city's government services for mobile and WeChat front ends, and authenticated"
                        + " routes for the systems of the service hall (Authorization: Bearer with an API token).");
        doc.putArray("servers").addObject().put("url", "/api");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        components
                .putObject("securitySchemes")
                .putObject("token")
                .put("type", "http")
                .put("scheme", "bearer");
        for (ApiRoutes.Entry entry : routes) {
            try {
                JsonNode fragment = Json.parse(entry.route().openApi());
                if (fragment.get("paths") instanceof ObjectNode p) {
                    // Two routes may describe two methods of one path: merge per path.
                    p.properties().forEach(e -> {
                        if (paths.get(e.getKey()) instanceof ObjectNode existing
                                && e.getValue() instanceof ObjectNode more) {
                            existing.setAll(more);
                        } else {
                            paths.set(e.getKey(), e.getValue());
                        }
                    });
                }
                if (fragment.path("components").get("schemas") instanceof ObjectNode s) {
                    schemas.setAll(s);
                }
            } catch (RuntimeException e) {
                LOG.warn("OpenAPI description of {} is not valid JSON: {}", entry.patterns(), e.getMessage());
            }
        }
        return doc;
    }
}
