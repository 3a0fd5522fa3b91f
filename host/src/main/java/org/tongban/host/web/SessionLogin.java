package org.tongban.host.web;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * The login kept in the HTTP session: the security bundle's opaque session token, and whether the password must be
 * changed before anything else. The token is bound to every request's thread.
 */
public record SessionLogin(Object token, boolean mustChangePassword) {

    static final String ATTRIBUTE = "tongban.login";

    public static SessionLogin of(WrappedSession session) {
        return session == null ? null : (SessionLogin) session.getAttribute(ATTRIBUTE);
    }

    public static SessionLogin current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : of(session.getSession());
    }

    public static void store(SessionLogin login) {
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, login);
    }

    public static void clear() {
        VaadinSession.getCurrent().getSession().removeAttribute(ATTRIBUTE);
    }

    /** Binds the current session's login (or nothing) to this thread. */
    public static void bindCurrent() {
        SessionLogin login = current();
        PlatformServices.current().authenticator().ifPresent(a -> a.bind(login == null ? null : login.token()));
    }
}
