package org.tongban.platform.security.internal;

import java.time.Duration;

/**
 * Lockout, throttling and session rules of the authenticator.
 *
 * @param maxFailedAttempts consecutive failures of one account from one client address that lock it for that address
 * @param lockDuration how long the lock lasts
 * @param sessionTimeout idle time after which a session expires
 * @param addressMaxFailures failures from one client address (any accounts) after which its logins are refused
 * @param addressWindow the sliding window in which those are counted
 */
public record LoginPolicy(
        int maxFailedAttempts,
        Duration lockDuration,
        Duration sessionTimeout,
        int addressMaxFailures,
        Duration addressWindow) {

    /**
     * Five failures lock an account for fifteen minutes for the address they came from; twenty failures from one
     * address within ten minutes stop its logins; sessions expire after thirty idle minutes.
     */
    public static final LoginPolicy DEFAULT =
            new LoginPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(30), 20, Duration.ofMinutes(10));

    /** These rules with another idle session timeout. */
    public LoginPolicy withSessionTimeout(Duration timeout) {
        return new LoginPolicy(maxFailedAttempts, lockDuration, timeout, addressMaxFailures, addressWindow);
    }

    static LoginPolicy of(LoginConfig config) {
        return new LoginPolicy(
                config.maxFailedAttempts(),
                Duration.ofMinutes(config.lockMinutes()),
                Duration.ofMinutes(config.sessionTimeoutMinutes()),
                config.addressMaxFailures(),
                Duration.ofMinutes(config.addressWindowMinutes()));
    }
}
