package org.tongban.host.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.tongban.platform.api.security.Authenticator;

/** Permission checks for plain HTTP requests (outside Vaadin), against the login kept in the HTTP session. */
final class SessionPermissions {

    private SessionPermissions() {}

    /** The login of the request's session, or {@code null}; never creates a session. */
    static SessionLogin login(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object login = session == null ? null : session.getAttribute(SessionLogin.ATTRIBUTE);
        return login instanceof SessionLogin sessionLogin ? sessionLogin : null;
    }

    /** Whether the session's user (with a changed password) has {@code permission}. */
    static boolean isPermitted(HttpServletRequest request, String permission) {
        SessionLogin login = login(request);
        if (login == null || login.mustChangePassword()) {
            return false;
        }
        PlatformServices services = WebHost.of(request.getServletContext()).services();
        Optional<Authenticator> authenticator = services.authenticator();
        if (authenticator.isEmpty()) {
            return false;
        }
        authenticator.get().bind(login.token());
        try {
            return services.isPermitted(permission);
        } finally {
            authenticator.get().bind(null);
        }
    }
}
