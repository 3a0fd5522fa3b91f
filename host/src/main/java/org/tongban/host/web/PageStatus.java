package org.tongban.host.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.RouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.tongban.host.web.nav.MenuEntry;
import org.tongban.host.web.nav.ViewRegistry;
import org.tongban.host.web.nav.WebPlatform;
import org.tongban.host.web.shell.LoginView;

/**
 * The HTTP status of a page's first load. Vaadin renders its error views (not found, access denied) into a page that
 * it answers with 200 (vaadin/flow#13421), so the status is decided here, before Vaadin answers, by the same rules:
 * no route is 404; a console route whose permission the logged-in user lacks is 403. Requests Vaadin makes itself
 * and static files keep Vaadin's own status.
 */
final class PageStatus {

    /** Leave the status to Vaadin. */
    static final int UNCHANGED = 0;

    private static final List<String> STATIC = List.of(
            "VAADIN/", "sw.js", "sw-runtime-resources-precache.js", "manifest.webmanifest", "offline.html", "icons/");

    private PageStatus() {}

    static int of(HttpServletRequest request, RouteRegistry routes) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return UNCHANGED;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1);
        if (STATIC.stream().anyMatch(path::startsWith)) {
            return UNCHANGED;
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Optional<Class<? extends Component>> target = routes.getNavigationTarget(path);
        if (target.isEmpty()) {
            return 404;
        }
        ViewRegistry views = WebPlatform.of(request.getServletContext()).views();
        MenuEntry entry = views.entryFor(path, target.get());
        if (entry == null && !ViewRegistry.isHostView(target.get())) {
            return 404; // a bundle's route that is going away: the guard refuses it
        }
        boolean console = path.equals("console") || path.startsWith("console/");
        SessionLogin login = SessionPermissions.login(request);
        if (!console || path.equals(LoginView.ROUTE) || login == null || login.mustChangePassword()) {
            return UNCHANGED; // the portal is open; the guard forwards the rest to the login or password page
        }
        String permission = entry == null ? "" : entry.contribution().requiredPermission();
        return permission.isBlank() || SessionPermissions.isPermitted(request, permission) ? UNCHANGED : 403;
    }
}
