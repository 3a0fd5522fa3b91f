package org.tongban.platform.api.security;

/**
 * The outcome of a login attempt.
 *
 * @param outcome what happened
 * @param session opaque session token on success, otherwise {@code null}
 * @param message a message in Chinese fit to show to the user
 */
public record LoginResult(Outcome outcome, Object session, String message) {

    /** What a login attempt ended with. */
    public enum Outcome {
        SUCCESS,
        /** Success, but the password is a one-time password that must be changed before anything else. */
        PASSWORD_CHANGE_REQUIRED,
        BAD_CREDENTIALS,
        LOCKED,
        DISABLED,
        /**
         * Refused without looking at the account: too many failed logins came from the client's address lately.
         *
         * @since 1.3
         */
        THROTTLED
    }

    /** Whether the user is logged in (possibly only to change the password). */
    public boolean loggedIn() {
        return outcome == Outcome.SUCCESS || outcome == Outcome.PASSWORD_CHANGE_REQUIRED;
    }
}
