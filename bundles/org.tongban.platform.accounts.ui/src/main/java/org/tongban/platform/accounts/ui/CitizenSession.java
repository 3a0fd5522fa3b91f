package org.tongban.platform.accounts.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * The public account signed in to the current portal session: two attributes of the Vaadin session (the account id
 * and the display name, plain values so that a refreshed bundle still reads them), apart from the staff login, which
 * is Shiro's subject in the console. A staff member and a citizen never share a sign-in; a browser may hold both.
 */
public final class CitizenSession {
    /** Session attribute: the account id, a {@link Long}. */
    public static final String ACCOUNT_ATTRIBUTE = "tongban.citizen.account";

    /** Session attribute: the name shown, a {@link String}. */
    public static final String NAME_ATTRIBUTE = "tongban.citizen.name";

    /**
     * The portal's sign-in page. A view that needs a signed-in citizen sends a visitor there with {@link
     * #NEXT_PARAMETER} naming its own route, and the sign-in returns there.
     *
     * @since 1.1
     */
    public static final String SIGN_IN_ROUTE = "account/sign-in";

    /**
     * Query parameter of {@link #SIGN_IN_ROUTE}: the portal route to open after signing in, such as {@code
     * apply/370102-SJJ-XK-001}; anything but a route of this portal ({@link #isPortalRoute}) is ignored.
     *
     * @since 1.1
     */
    public static final String NEXT_PARAMETER = "next";

    private static final java.util.regex.Pattern PORTAL_ROUTE =
            java.util.regex.Pattern.compile("[a-z][a-z0-9-]*(/[A-Za-z0-9_-][A-Za-z0-9._~%-]*)*");

    /**
     * The signed-in citizen.
     *
     * @param accountId the public account's id
     * @param name the person's or organisation's name
     */
    public record Citizen(long accountId, String name) {

        /** The account's inbox key in the notification outbox, {@code account:<id>}. */
        public String recipient() {
            return "account:" + accountId;
        }
    }

    private CitizenSession() {}

    /**
     * Whether a return address is a route of this portal: relative, lower-case first segment, no scheme, host, query,
     * {@code ..} or backslash, so that a link to the sign-in page cannot send a citizen to another site afterwards.
     *
     * @since 1.1
     */
    public static boolean isPortalRoute(String route) {
        return route != null
                && route.length() <= 200
                && PORTAL_ROUTE.matcher(route).matches()
                && !route.contains("..");
    }

    /** The citizen signed in to the current session, if any. */
    public static Optional<Citizen> current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || !(session.getAttribute(ACCOUNT_ATTRIBUTE) instanceof Long id)) {
            return Optional.empty();
        }
        Object name = session.getAttribute(NAME_ATTRIBUTE);
        return Optional.of(new Citizen(id, name == null ? "" : name.toString()));
    }

    /**
     * Signs the citizen in to the current session. In a request the session id is renewed first, so that an id
     * planted before the sign-in (session fixation) is worth nothing after it.
     */
    public static void signIn(Citizen citizen) {
        if (VaadinRequest.getCurrent() != null) {
            VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        }
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(ACCOUNT_ATTRIBUTE, citizen.accountId());
        session.setAttribute(NAME_ATTRIBUTE, citizen.name());
    }

    /** Signs the citizen out of the current session; the staff login, if any, stays. */
    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ACCOUNT_ATTRIBUTE, null);
            session.setAttribute(NAME_ATTRIBUTE, null);
        }
    }
}
