package org.tongban.platform.api.security;

import java.util.Set;

/**
 * The logged-in user as services see it.
 *
 * @param username login name
 * @param displayName name shown in the UI
 * @param jurisdictionCode the GB/T 2260 code of the user's home jurisdiction
 * @param roles role names
 */
public record CurrentUser(String username, String displayName, String jurisdictionCode, Set<String> roles) {}
