package org.tongban.host.web.shell;

import java.util.Locale;
import java.util.Optional;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.PasswordRefusal;

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
     * Asks the authenticator to change the password. Its refusal is a localized message of the platform API, shown
     * here in the user's language like every other refusal; an empty answer is success.
     */
    static PasswordChange submit(
            Optional<Authenticator> authenticator,
            String current,
            String proposed,
            String repeated,
            Translation translation,
            Locale locale) {
        if (!proposed.equals(repeated)) {
            return refused(translation.of("password.mismatch"));
        }
        if (authenticator.isEmpty()) {
            return refused(translation.of("login.unavailable"));
        }
        Optional<PasswordRefusal> refusal =
                authenticator.get().changeOwnPassword(current.toCharArray(), proposed.toCharArray());
        return refusal.map(r -> refused(r.message(locale))).orElse(CHANGED);
    }
}
