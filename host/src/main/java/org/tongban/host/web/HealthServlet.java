package org.tongban.host.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.ComponentHealth.Status;
import org.tongban.platform.api.json.Json;

/**
 * {@code GET /health}: overall status and one entry per component. A failed feature bundle makes the platform
 * DEGRADED (it keeps serving); only a failed core component ({@link #CORE}) makes it DOWN, with HTTP 503. The
 * components (versions, database, errors) are shown only to the host itself and to logged-in administrators (see
 * {@link HealthAccess}); anyone else gets the overall status and the HTTP status code.
 */
@WebServlet(urlPatterns = "/health", name = "health")
public class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Components without which the platform cannot serve. */
    static final List<String> CORE = List.of("database");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ComponentHealth> components = WebHost.of(getServletContext()).services().health().stream()
                .sorted(Comparator.comparing(ComponentHealth::name))
                .toList();
        Status overall = overall(components);
        ObjectNode body = Json.object();
        body.put("status", overall.name());
        response.setStatus(overall == Status.DOWN ? 503 : 200);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (!HealthAccess.mayReadDetails(request)) {
            response.getOutputStream().write(Json.bytes(body));
            return;
        }
        ArrayNode list = body.putArray("components");
        for (ComponentHealth component : components) {
            ObjectNode node = list.addObject();
            node.put("name", component.name());
            node.put("status", component.status().name());
            node.put("detail", component.detail());
        }
        response.getOutputStream().write(Json.pretty(body));
    }

    static Status overall(List<ComponentHealth> components) {
        Status overall = Status.UP;
        for (ComponentHealth component : components) {
            if (component.status() == Status.UP) {
                continue;
            }
            Status effect = CORE.contains(component.name()) ? component.status() : Status.DEGRADED;
            if (effect.ordinal() > overall.ordinal()) {
                overall = effect;
            }
        }
        if (components.stream().noneMatch(c -> CORE.contains(c.name()))) {
            return Status.DOWN;
        }
        return overall;
    }
}
