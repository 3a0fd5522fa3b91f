package org.tongban.host.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.web.ApiEndpoint;
import org.tongban.platform.api.web.ApiErrors;

/**
 * {@code /api/*}: dispatches to the {@link ApiEndpoint} with the longest matching path, and serves the merged OpenAPI
 * description of all endpoints at {@code /api/openapi.json}. Only GET is offered; nothing an endpoint throws reaches
 * the client as a stack trace.
 */
@WebServlet(urlPatterns = "/api/*", name = "api")
public class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String OPENAPI = "/openapi.json";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("X-Content-Type-Options", "nosniff");
        List<ApiEndpoint> endpoints = PlatformServices.get().apiEndpoints();
        if (OPENAPI.equals(path)) {
            response.setContentType("application/json;charset=UTF-8");
            JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), openApi(endpoints));
            return;
        }
        Optional<ApiEndpoint> endpoint = match(endpoints, path);
        if (endpoint.isEmpty()) {
            ApiErrors.notFound(response, "没有这个接口：" + path);
            return;
        }
        String rest = path.substring(endpoint.get().path().length() + 1);
        try {
            endpoint.get().get(rest, request, response);
        } catch (RuntimeException e) {
            LOG.error("API {} failed", path, e);
            if (!response.isCommitted()) {
                response.reset();
                ApiErrors.write(response, 500, "服务器内部错误，请稍后再试");
            }
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
