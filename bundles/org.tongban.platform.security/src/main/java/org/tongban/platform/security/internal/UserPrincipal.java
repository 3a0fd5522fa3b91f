package org.tongban.platform.security.internal;

import java.io.Serializable;

/**
 * The primary principal of a logged-in subject.
 *
 * @param username login name
 * @param jurisdictionCode home jurisdiction at login time
 */
public record UserPrincipal(String username, String jurisdictionCode) implements Serializable {}
