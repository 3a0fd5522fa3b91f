package org.tongban.platform.api.security;

import java.time.Instant;
import java.util.List;

/**
 * An account as administrators see it.
 *
 * @param username login name
 * @param displayName name shown in the UI
 * @param jurisdictionCode home jurisdiction
 * @param roles role names
 * @param lockedUntil end of the latest lock after failed logins (a lock holds for the client address the failures
 *     came from), or {@code null}
 * @param mustChangePassword whether the password is one-time
 */
public record UserAccount(
        String username,
        String displayName,
        String jurisdictionCode,
        List<String> roles,
        Instant lockedUntil,
        boolean mustChangePassword) {}
