package org.tongban.host.web.nav;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.NotFoundException;
import org.tongban.host.web.PlatformServices;
import org.tongban.host.web.SessionLogin;
import org.tongban.host.web.shell.ChangePasswordView;
import org.tongban.host.web.shell.LoginView;
import org.tongban.platform.api.security.AccessDeniedException;

/**
 * Checks every navigation before a view is created: the console needs a login (and a changed one-time password), and
 * a contributed view needs its permission. A route a user may not use is refused, not merely hidden.
 */
public final class NavigationGuard implements BeforeEnterListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        boolean console = path.equals("console") || path.startsWith("console/");
        if (console && !path.equals(LoginView.ROUTE)) {
            SessionLogin login = SessionLogin.current();
            if (login == null || PlatformServices.current().currentUser().isEmpty()) {
                event.forwardTo(LoginView.class);
                return;
            }
            if (login.mustChangePassword() && !path.equals(ChangePasswordView.ROUTE)) {
                event.forwardTo(ChangePasswordView.class);
                return;
            }
        }
        if (event.getNavigationTarget() != null
                && com.vaadin.flow.router.HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            // An error page shown for this address (a refusal rerouted into the console): it shows nothing the
            // address protects, and checking the address again would refuse the refusal.
            return;
        }
        MenuEntry entry = WebPlatform.current().views().entryFor(path, event.getNavigationTarget());
        if (entry == null && !ViewRegistry.isHostView(event.getNavigationTarget())) {
            // Fail closed: a bundle's view without a live contribution (its route is going away) has no known
            // permission, so it is not shown.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String permission = entry == null ? "" : entry.contribution().requiredPermission();
        if (!permission.isBlank()) {
            try {
                // check() rather than isPermitted(): a refused navigation is written to the audit log.
                PlatformServices.current()
                        .accessControl()
                        .orElseThrow(() -> new AccessDeniedException(permission, null))
                        .check(permission);
            } catch (AccessDeniedException e) {
                event.rerouteToError(e, "");
            }
        }
    }
}
