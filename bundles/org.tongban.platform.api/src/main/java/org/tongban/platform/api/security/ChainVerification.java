package org.tongban.platform.api.security;

/**
 * The result of checking the audit hash chain.
 *
 * @param intact whether every entry's hash matches
 * @param entries how many entries were checked
 * @param firstBrokenSequence the first entry whose hash does not match, or {@code -1}
 */
public record ChainVerification(boolean intact, long entries, long firstBrokenSequence) {}
