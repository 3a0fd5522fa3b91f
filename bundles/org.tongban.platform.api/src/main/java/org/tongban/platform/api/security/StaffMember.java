package org.tongban.platform.api.security;

/**
 * A clerk as a picker shows them.
 *
 * @param username login name, what a case records
 * @param displayName name shown in the UI
 * @param jurisdictionCode home jurisdiction
 */
public record StaffMember(String username, String displayName, String jurisdictionCode) {}
