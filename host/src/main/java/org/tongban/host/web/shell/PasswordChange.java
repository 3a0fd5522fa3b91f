package org.tongban.host.web.shell;

import java.util.Optional;
import java.util.function.Function;
import org.tongban.platform.api.security.Authenticator;

/**
 * What saving the change-password form leads to: the new password is taken, or a message says why not. Kept apart from
 * the view so that the decision is plain code.
 *
 * @param changed whether the password was changed
 * @param message why not, fit to show to the user; {@code null} when changed
 */
record PasswordChange(boolean changed, String message) {

    static final PasswordChange CHANGED = new PasswordChange(true, null);

    static PasswordChange refused(String message) {
        return new PasswordChange(false, message);
    }

    /**
     * Asks the authenticator to change the password. {@link Authenticator#changePassword} answers {@code null} on
     * success, so its answer is looked at directly rather than through an {@link Optional}, which would turn success
     * into "unavailable".
     */
    static PasswordChange submit(
            Optional<Authenticator> authenticator,
            String current,
            String proposed,
            String repeated,
            Function<String, String> translation) {
        if (!proposed.equals(repeated)) {
            return refused(translation.apply("password.mismatch"));
        }
        if (authenticator.isEmpty()) {
            return refused(translation.apply("login.unavailable"));
        }
        String error = authenticator.get().changePassword(current.toCharArray(), proposed.toCharArray());
        return error == null ? CHANGED : refused(error);
    }
}
