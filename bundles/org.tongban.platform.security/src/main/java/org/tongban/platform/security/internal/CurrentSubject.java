package org.tongban.platform.security.internal;

import java.util.Optional;
import org.apache.shiro.session.InvalidSessionException;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

/** The subject bound to this thread by {@code Authenticator.bind}, if its session is still alive. */
final class CurrentSubject {

    private CurrentSubject() {}

    /** The bound subject, when it is authenticated and its session has not expired or been stopped. */
    static Optional<Subject> get() {
        Subject subject = ThreadContext.getSubject();
        return subject != null && isAlive(subject, false) ? Optional.of(subject) : Optional.empty();
    }

    /** The principal of the bound subject, even if its session has since expired (for audit attribution). */
    static Optional<UserPrincipal> principal() {
        Subject subject = ThreadContext.getSubject();
        return subject == null ? Optional.empty() : principalOf(subject);
    }

    static Optional<UserPrincipal> principalOf(Subject subject) {
        return subject.getPrincipals() == null
                ? Optional.empty()
                : Optional.ofNullable(subject.getPrincipals().oneByType(UserPrincipal.class));
    }

    /** Whether the subject is logged in with a valid session; {@code touch} also resets the idle timer. */
    static boolean isAlive(Subject subject, boolean touch) {
        if (!subject.isAuthenticated() || principalOf(subject).isEmpty()) {
            return false;
        }
        if (subject.getPrincipals().oneByType(TokenPrincipal.class) != null) {
            // A token's subject lives for one request and has no session; the token was checked when it was built.
            return true;
        }
        try {
            Session session = subject.getSession(false);
            if (session == null) {
                return false;
            }
            // Every call on the session goes through the session manager, which validates (idle timeout, stopped).
            if (touch) {
                session.touch();
            } else {
                session.getLastAccessTime();
            }
            return true;
        } catch (InvalidSessionException e) {
            return false;
        }
    }
}
