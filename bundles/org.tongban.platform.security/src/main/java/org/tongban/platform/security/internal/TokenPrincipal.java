package org.tongban.platform.security.internal;

import java.io.Serializable;

/**
 * Marks a subject authenticated by an API token rather than a password login.
 *
 * @param tokenId the token's identifier
 */
record TokenPrincipal(long tokenId) implements Serializable {}
