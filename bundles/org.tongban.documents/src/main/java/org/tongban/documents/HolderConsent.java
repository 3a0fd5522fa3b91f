package org.tongban.documents;

import java.time.Instant;

/**
 * A holder's consent that one case may use their certificates from the library instead of copies (免提交).
 *
 * @param id identifier
 * @param holderId the holder's ID number or credit code
 * @param caseNumber the case it is for, and only that one
 * @param jurisdictionCode where the case is handled
 * @param channel how it was given
 * @param givenAt when it was recorded
 * @param recordedBy who recorded it
 */
public record HolderConsent(
        long id,
        String holderId,
        String caseNumber,
        String jurisdictionCode,
        String channel,
        Instant givenAt,
        String recordedBy) {}
