package org.tongban.host.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.web.ApiEndpoint;
import org.tongban.platform.api.web.ApiErrors;

/**
 * {@code /api/*}: dispatches to the {@link ApiEndpoint} with the longest matching path, and serves the merged OpenAPI
 * description of all endpoints at {@code /api/openapi.json}. Only GET is offered; nothing an endpoint throws reaches
 * the client as a stack trace. Undecodable parameters are the client's error (400, logged at DEBUG only); a failed
 * database is an outage (503 with Retry-After, answered at once while it lasts, see {@link DatabaseOutage}).
 */
@WebServlet(urlPatterns = "/api/*", name = "api")
public class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String OPENAPI = "/openapi.json";

    static final String BAD_PARAMETERS = "请求参数的编码无效";
    static final String DATABASE_DOWN = "数据库暂时不可用，请稍后再试";

    private final transient Supplier<List<ApiEndpoint>> endpoints;
    private final transient DatabaseOutage outage;

    public ApiServlet() {
        this(() -> PlatformServices.get().apiEndpoints(), Clock.systemUTC());
    }

    ApiServlet(Supplier<List<ApiEndpoint>> endpoints, Clock clock) {
        this.endpoints = endpoints;
        this.outage = new DatabaseOutage(clock);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        headers(request, response);
        if (!parametersReadable(request)) {
            LOG.debug("400 for unreadable parameters on /api{}", path);
            ApiErrors.badRequest(response, BAD_PARAMETERS);
            return;
        }
        List<ApiEndpoint> all = endpoints.get();
        if (OPENAPI.equals(path)) {
            response.setContentType("application/json;charset=UTF-8");
            JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), openApi(all));
            return;
        }
        Optional<ApiEndpoint> endpoint = match(all, path);
        if (endpoint.isEmpty()) {
            ApiErrors.notFound(response, "没有这个接口：" + path);
            return;
        }
        String key = endpoint.get().path();
        if (outage.paused(key)) {
            unavailable(request, response);
            return;
        }
        String rest = path.substring(key.length() + 1);
        try {
            endpoint.get().get(rest, request, response);
            outage.succeeded(key);
        } catch (RuntimeException e) {
            fail(request, response, path, key, e);
        }
    }

    private void fail(
            HttpServletRequest request, HttpServletResponse response, String path, String key, RuntimeException e)
            throws IOException {
        if (e instanceof BadMessageException || e.getCause() instanceof BadMessageException) {
            LOG.debug("400 for /api{}: {}", path, e.getMessage());
            answer(request, response, 400, BAD_PARAMETERS);
        } else if (DatabaseOutage.causedBy(e)) {
            if (outage.failed(key)) {
                // One line per outage and endpoint, without the stack: the health check has the details.
                LOG.warn("API /{} unavailable, database failed: {}", key, e.getMessage());
            }
            if (!response.isCommitted()) {
                response.reset();
                unavailable(request, response);
            }
        } else {
            LOG.error("API {} failed", path, e);
            answer(request, response, 500, "服务器内部错误，请稍后再试");
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        headers(request, response);
        response.setHeader("Retry-After", Long.toString(outage.retryAfterSeconds()));
        ApiErrors.write(response, 503, DATABASE_DOWN);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        if (!response.isCommitted()) {
            response.reset();
            headers(request, response);
            ApiErrors.write(response, status, message);
        }
    }

    /** The headers of every API answer, errors included (a reset clears them, so they are set again). */
    private static void headers(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.apply(response, request.isSecure());
        response.setHeader("Access-Control-Allow-Origin", "*");
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

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            try {
                super.service(request, response);
            } catch (jakarta.servlet.ServletException e) {
                throw new IOException(e);
            }
        } else {
            headers(request, response);
            response.setHeader("Allow", "GET, HEAD");
            ApiErrors.write(response, 405, "只支持 GET 请求");
        }
    }

    /** The endpoint whose path is the longest prefix of {@code path} on a segment boundary. */
    static Optional<ApiEndpoint> match(List<ApiEndpoint> endpoints, String path) {
        return endpoints.stream()
                .filter(e -> path.equals("/" + e.path()) || path.startsWith("/" + e.path() + "/"))
                .max(Comparator.comparingInt(e -> e.path().length()));
    }

    static ObjectNode openApi(List<ApiEndpoint> endpoints) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Tongban public API");
        info.put("version", "1");
        info.put(
                "description",
                "Published, public data of the city's government services, for mobile and WeChat front ends.");
        doc.putArray("servers").addObject().put("url", "/api");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode schemas = doc.putObject("components").putObject("schemas");
        for (ApiEndpoint endpoint : endpoints) {
            try {
                JsonNode fragment = JSON.readTree(endpoint.openApi());
                if (fragment.get("paths") instanceof ObjectNode p) {
                    paths.setAll(p);
                }
                if (fragment.path("components").get("schemas") instanceof ObjectNode s) {
                    schemas.setAll(s);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("OpenAPI description of {} is not valid JSON: {}", endpoint.path(), e.getMessage());
            }
        }
        return doc;
    }
}
