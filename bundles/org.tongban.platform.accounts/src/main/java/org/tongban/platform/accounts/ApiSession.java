package org.tongban.platform.accounts;

import java.time.Instant;

/**
 * A mobile app's sign-in: a bearer secret for the account's routes, shown once and kept only as its SHA-256.
 *
 * @param token the secret
 * @param expiresAt when it stops working
 * @param account the account
 */
public record ApiSession(String token, Instant expiresAt, PublicAccount account) {}
