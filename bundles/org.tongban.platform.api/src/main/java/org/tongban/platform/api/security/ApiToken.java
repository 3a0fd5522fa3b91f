package org.tongban.platform.api.security;

import java.time.Instant;

/**
 * An API token as administrators see it; the secret itself is never stored, only its hash.
 *
 * @param id identifier, for revoking
 * @param username the account the token acts for, with that account's permissions
 * @param label what the token is for, such as {@code 12345 热线系统}
 * @param createdAt when it was issued
 * @param createdBy the administrator who issued it
 * @param expiresAt when it stops working
 * @param revokedAt when it was revoked, or {@code null}
 */
public record ApiToken(
        long id,
        String username,
        String label,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant revokedAt) {

    /** Whether the token still works at this instant. */
    public boolean validAt(Instant instant) {
        return revokedAt == null && instant.isBefore(expiresAt);
    }
}
