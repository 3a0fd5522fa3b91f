package org.tongban.hotline.open311;

import java.time.Instant;

/**
 * An Open311 API key as administrators see it; the key itself is never stored.
 *
 * @param id for revoking
 * @param label the client it was issued to, such as {@code 泉城办 App}
 * @param account the account whose permissions the key acts with
 * @param issuedAt when
 * @param issuedBy the administrator
 * @param expiresAt when it stops working
 * @param revokedAt when it was revoked, or null
 */
public record Open311Key(
        long id,
        String label,
        String account,
        Instant issuedAt,
        String issuedBy,
        Instant expiresAt,
        Instant revokedAt) {}
