package org.tongban.platform.api.security;

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
     */
    String changePassword(char[] oldPassword, char[] newPassword);
}
