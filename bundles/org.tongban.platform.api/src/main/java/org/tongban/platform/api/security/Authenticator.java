package org.tongban.platform.api.security;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Logs users in and out and changes passwords; every attempt is audited. */
@ProviderType
public interface Authenticator {

    /**
     * Checks the credentials. On success the returned result carries an opaque session token that the web layer keeps
     * in the HTTP session and binds to each request with {@link #bind(Object)}.
     */
    LoginResult login(String username, char[] password, String remoteAddress);

    /** Makes the session of a successful login the current one for this thread; {@code null} unbinds. */
    void bind(Object session);

    /** Ends the session. */
    void logout(Object session);

    /**
     * Changes the current user's password. The old password must match and the new one must satisfy the password
     * policy; returns an error message in Chinese, or {@code null} on success.
     *
     * @deprecated the message is Chinese whatever the user's language; use {@link #changeOwnPassword}
     */
    @Deprecated(since = "1.3")
    String changePassword(char[] oldPassword, char[] newPassword);

    /**
     * Changes the current user's password. The old password must match and the new one must satisfy the password
     * policy.
     *
     * @return why the password was not changed, to be translated in the user's language; empty when it was changed
     * @since 1.3
     */
    Optional<PasswordRefusal> changeOwnPassword(char[] oldPassword, char[] newPassword);
}
