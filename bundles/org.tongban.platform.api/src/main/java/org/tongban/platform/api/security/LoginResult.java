package org.tongban.platform.api.security;

import java.time.Duration;

/**
 * The outcome of a login attempt.
 *
 * @param outcome what happened
 * @param session opaque session token on success, otherwise {@code null}
 * @param message a message in Chinese fit to show to the user (the web layer shows its own translation of the outcome)
 * @param retryAfter for {@link Outcome#THROTTLED}, how long logins from the client's address stay refused; otherwise
 *     {@code null} (since 1.3)
 */
public record LoginResult(Outcome outcome, Object session, String message, Duration retryAfter) {

    /** A result without a waiting time. */
    public LoginResult(Outcome outcome, Object session, String message) {
        this(outcome, session, message, null);
    }

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
