package org.tongban.itests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.osgi.framework.ServiceReference;
import org.tongban.host.web.nav.MenuEntry;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.ui.Audience;
import org.tongban.platform.api.web.ApiRoute;

/**
 * The routes a running instance serves, read from the instance itself: the page routes of the view registry with the
 * permission each contribution declares, and the API routes with what each route service declares, both with real
 * values for their parameters so that a request reaches the route's own code.
 */
public final class InstanceRoutes {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TongbanInstance instance;

    public InstanceRoutes(TongbanInstance instance) {
        this.instance = instance;
    }

    /** A page route, its address with sample parameter values, and the permission its contribution declares. */
    public record PageRoute(String path, String address, String permission) {
        public boolean console() {
            return path.equals("console") || path.startsWith("console/");
        }
    }

    /** One API route with its address filled in, the permission it declares and whether it needs a login. */
    public record ApiOperation(String template, String method, String address, String permission, boolean anonymous) {}

    /** Every page route registered in the running instance, with the host's own two home pages. */
    public List<PageRoute> pages() throws Exception {
        Samples samples = samples();
        List<PageRoute> routes = new ArrayList<>();
        routes.add(new PageRoute("", "", ""));
        routes.add(new PageRoute("console", "console", ""));
        for (Audience audience : Audience.values()) {
            for (MenuEntry entry : instance.views().entries(audience)) {
                routes.add(new PageRoute(
                        entry.path(),
                        samples.fill(entry.path()),
                        entry.contribution().requiredPermission()));
            }
        }
        return routes;
    }

    /**
     * Real values for route parameters, so that a view opens on data rather than on its "not found" branch: a life
     * event's code after {@code life-events/}, a published matter's code elsewhere.
     */
    private record Samples(String lifeEvent, String matter) {
        String fill(String path) {
            StringBuilder address = new StringBuilder();
            for (String segment : path.split("/", -1)) {
                String before = address.toString();
                address.append(before.isEmpty() ? "" : "/");
                if (segment.startsWith(":")) {
                    address.append(before.endsWith("life-events") ? lifeEvent : matter);
                } else {
                    address.append(segment);
                }
            }
            return address.toString();
        }
    }

    private Samples samples() throws Exception {
        return new Samples(
                first("SELECT code FROM catalogue_life_event ORDER BY code", "none"),
                first("SELECT code FROM catalogue_matter WHERE published_version IS NOT NULL ORDER BY code", "none"));
    }

    /**
     * Every API route registered in the running instance, with the method, permission and anonymity its service
     * declares, and real values for its path parameters and the query parameters its OpenAPI description requires.
     */
    public List<ApiOperation> api() throws Exception {
        JsonNode paths = JSON.readTree(instance.get("/api/openapi.json").body()).path("paths");
        String matter = samples().matter();
        List<ApiOperation> operations = new ArrayList<>();
        for (ServiceReference<ApiRoute> route : instance.bundleContext().getServiceReferences(ApiRoute.class, null)) {
            String method = String.valueOf(
                    route.getProperty(ApiRoute.METHOD) == null ? "GET" : route.getProperty(ApiRoute.METHOD));
            Object permission = route.getProperty(ApiRoute.PERMISSION);
            boolean anonymous = Boolean.parseBoolean(String.valueOf(route.getProperty(ApiRoute.ANONYMOUS)));
            Object declared = route.getProperty(ApiRoute.PATH);
            String[] patterns = declared instanceof String[] many ? many : new String[] {String.valueOf(declared)};
            for (String pattern : patterns) {
                StringBuilder query = new StringBuilder();
                JsonNode described = paths.path("/" + pattern).path(method.toLowerCase(Locale.ROOT));
                for (JsonNode parameter : described.path("parameters")) {
                    if ("query".equals(parameter.path("in").asText())
                            && parameter.path("required").asBoolean()) {
                        query.append(query.isEmpty() ? '?' : '&')
                                .append(parameter.path("name").asText())
                                .append('=')
                                .append(URLEncoder.encode("食品", StandardCharsets.UTF_8));
                    }
                }
                String address = "/api/" + PATH_PARAMETER.matcher(pattern).replaceAll(matter) + query;
                operations.add(new ApiOperation(
                        "/api/" + pattern,
                        method,
                        address,
                        permission == null ? "" : permission.toString(),
                        anonymous));
            }
        }
        return operations;
    }

    private String first(String sql, String otherwise) throws Exception {
        try (Connection connection =
                        instance.service(Database.class).dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : otherwise;
        }
    }
}
