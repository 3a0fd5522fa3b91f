package org.tongban.hotline.open311;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The API keys of Open311 clients. A key is a platform API token of an account (so the account's permissions and its
 * disabling apply) that is also registered here as an Open311 key: another token is not accepted as {@code api_key}.
 * Issuing, listing and revoking need {@link #PERMISSION}; each change is audited.
 */
@ProviderType
public interface Open311Keys {
    /** The platform's permission to manage API tokens. */
    String PERMISSION = "user:admin";

    /** Issues a key for the account, valid a year; the key is returned once and never again. */
    Issued issue(String account, String label);

    /** Revokes a key at once; revoking a revoked key does nothing. */
    void revoke(long id);

    /** Every key, newest first. */
    List<Open311Key> list();

    /**
     * The session of a valid, unrevoked Open311 key's account, to bind for one request; empty for a forged, revoked
     * or expired key.
     */
    Optional<Object> authenticate(String apiKey);

    /**
     * A key just issued.
     *
     * @param key its description
     * @param apiKey the value clients send as {@code api_key}
     */
    record Issued(Open311Key key, String apiKey) {}
}
