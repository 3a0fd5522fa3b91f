package org.tongban.platform.accounts.internal;

import java.time.Duration;

/**
 * The numbers of sign-in and reset. {@link #DEFAULT}: five failures lock for fifteen minutes (the staff accounts'
 * defaults; GB/T 22239-2019 8.1.4.1 a) asks for login-failure handling), codes valid ten minutes and void after five
 * wrong tries, one code request per minute, mobile sign-ins valid thirty days.
 */
record AccountRules(
        int maxFailedAttempts,
        Duration lockDuration,
        Duration codeValidity,
        int codeAttempts,
        Duration requestInterval,
        Duration apiSession) {
    static final AccountRules DEFAULT = new AccountRules(
            5, Duration.ofMinutes(15), Duration.ofMinutes(10), 5, Duration.ofMinutes(1), Duration.ofDays(30));

    static AccountRules of(AccountsConfig config) {
        return new AccountRules(
                config.maxFailedAttempts(),
                Duration.ofMinutes(config.lockMinutes()),
                Duration.ofMinutes(config.resetCodeMinutes()),
                config.resetCodeAttempts(),
                Duration.ofMinutes(1),
                Duration.ofDays(config.apiSessionDays()));
    }
}
