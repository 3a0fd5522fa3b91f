package org.tongban.platform.api.security;

import java.time.Instant;

/**
 * One audit log entry.
 *
 * @param sequence position in the chain, from 1
 * @param at when it happened
 * @param actor username, or {@code system}
 * @param jurisdictionCode the actor's jurisdiction, or {@code null} for the system
 * @param action what was done, for example {@code login.success}
 * @param target what it was done to
 * @param detail free text
 * @param remoteAddress where the request came from
 * @param hash hex SHA-256 over the previous hash and this entry's fields
 */
public record AuditEntry(
        long sequence,
        Instant at,
        String actor,
        String jurisdictionCode,
        String action,
        String target,
        String detail,
        String remoteAddress,
        String hash) {}
