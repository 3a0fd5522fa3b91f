package org.tongban.platform.security.internal;

import java.time.Duration;

/**
 * Lockout and session rules of the authenticator.
 *
 * @param maxFailedAttempts consecutive failures that lock an account
 * @param lockDuration how long the lock lasts
 * @param sessionTimeout idle time after which a session expires
 */
public record LoginPolicy(int maxFailedAttempts, Duration lockDuration, Duration sessionTimeout) {

    /** Five failures lock for fifteen minutes; sessions expire after thirty idle minutes. */
    public static final LoginPolicy DEFAULT = new LoginPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(30));

    static LoginPolicy of(LoginConfig config) {
        return new LoginPolicy(
                config.maxFailedAttempts(),
                Duration.ofMinutes(config.lockMinutes()),
                Duration.ofMinutes(config.sessionTimeoutMinutes()));
    }
}
