package org.tongban.helpdesk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A written authorisation as kept with its request.
 *
 * @param number its number (WT…), printed on it
 * @param principal the requester who signed it
 * @param fingerprint SHA-256 of its content as signed, in hex: a copy whose content differs is not this one
 * @param revokedAt when the principal revoked it, or null
 */
public record Authorisation(
        long id,
        String number,
        long requestId,
        Requester principal,
        String agentUsername,
        String agentName,
        String agentIdNumber,
        List<String> matterCodes,
        Set<Power> powers,
        LocalDate validFrom,
        LocalDate validTo,
        Instant signedAt,
        String fingerprint,
        Instant revokedAt) {}
