package org.tongban.platform.api.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Tokens that let a program (the hotline system, a mobile app's back end) call the API as an account, sent as {@code
 * Authorization: Bearer …}. An administrator issues them; each acts with the permissions of its account, which the
 * administrator must hold there themselves. Issuing and revoking check {@link #PERMISSION} at the account's
 * jurisdiction and are audited.
 */
@ProviderType
public interface ApiTokens {

    /** Permission to issue, list and revoke the tokens of accounts of a jurisdiction. */
    String PERMISSION = "user:admin";

    /** The longest validity a token may be issued with. */
    Duration MAX_VALIDITY = Duration.ofDays(366);

    /**
     * Issues a token for an account.
     *
     * @return the token's secret, shown once and never again, with its description
     * @throws IllegalArgumentException for an unknown account, an empty label or a validity outside 1 hour to
     *     {@link #MAX_VALIDITY}
     * @throws AccessDeniedException without {@link #PERMISSION}, or a permission of the account, at its jurisdiction
     */
    Issued issue(String username, String label, Duration validity);

    /** Revokes a token at once; revoking a revoked token does nothing. */
    void revoke(long id);

    /** The tokens of an account, newest first. */
    List<ApiToken> list(String username);

    /**
     * The session of a valid token's account, to bind with {@link Authenticator#bind(Object)} for one request; empty
     * for an unknown, expired or revoked token or a disabled account.
     */
    Optional<Object> authenticate(String secret);

    /**
     * A token just issued.
     *
     * @param token its description
     * @param secret the value for the {@code Authorization} header
     */
    record Issued(ApiToken token, String secret) {}
}
