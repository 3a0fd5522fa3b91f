package org.tongban.platform.api.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's password hashing (Argon2) and password policy, for bundles that keep accounts of their own (public
 * accounts of citizens and enterprises) so that they hash and judge passwords exactly as staff accounts are.
 *
 * @since 1.5
 */
@ProviderType
public interface PasswordHashing {

    /** A salted Argon2 hash of the password, in the self-describing form Shiro writes. */
    String hash(char[] password);

    /** Whether the password matches a hash made by {@link #hash}. */
    boolean matches(char[] password, String hash);

    /**
     * Why {@code proposed} is not acceptable, or empty when it is: the rules of staff passwords (length, letters and
     * digits, not common, not built from the login name, not the current one).
     *
     * @param loginName the account's login name, or {@code null}
     * @param current the current password, or {@code null} when there is none to compare with
     */
    Optional<PasswordRefusal> refusal(String loginName, char[] current, char[] proposed);
}
